import type { ZhMention } from './mention';
import { LEXICON, suffixesEnding } from './lexicon';
import { leftEdge } from './boundary';
import { isNameChar } from './chars';
import { cutExact } from './segment';
import type { EntityType } from '../ontology';
import { placeCoreAt } from './countyScan';

/** Options for names found only by their place in a partnership (中国商飞与重庆大学签署…). */
const PARTNER_OPTIONS = Object.freeze({
  /** Shortest and longest partner name taken; two characters are too often places or people. */
  minChars: 3,
  maxChars: 6,
  /** Longest second partner whose name opens with a place (陆河 + 南方机械铸造). */
  maxPlacedChars: 9,
  /** Most characters between the known partner and the act (签署, 共建…). */
  maxActGap: 4,
});

/** Acts two partners do together, right after the second partner. */
const ACT_RE = /^(?:签署|签约|签订|共建|合作|联合|携手|共同|达成|联手)/;
/** Short forms of universities (陕科大, 华农大, 北中医): a school, not a company. */
const SCHOOL_SHORT_RE = /(?:[科工农师医理财交矿药]大|中医)$/;

/** The type a partner name found by its place has: a school by its short ending, else a company. */
function partnerType(name: string): EntityType {
  return SCHOOL_SHORT_RE.test(name) ? 'University' : 'Company';
}

/** True when the name opens its clause or follows a verb that ends names (推动, 牵线, 协调). */
function opensClause(text: string, s: number): boolean {
  const prev = text[s - 1];
  if (!isNameChar(prev) || prev === '日' || prev === '年') return true;
  const before = text.slice(s - 2, s);
  return LEXICON.stopTokens.has(before) && !LEXICON.bigPlaces.has(before);
}

/** Types a known second partner may have. */
const PARTNER_TYPES = new Set(['University', 'Institute', 'Company', 'Other', 'District']);

/**
 * 中国商飞与重庆大学签署合作协议: a short name (a brand that is a dictionary word or an
 * abbreviation) that opens a clause and is joined by 与/和/同 to a known organisation that then
 * signs or builds is an organisation too, a company unless it says otherwise.
 */
export function scanPartners(text: string, mentions: readonly ZhMention[]): ZhMention[] {
  const out: ZhMention[] = [];
  for (const m of mentions) {
    if (m.kind === 'coref' || !PARTNER_TYPES.has(m.type)) continue;
    const conj = m.start - 1;
    if (!'与和同'.includes(text[conj] ?? '#')) continue;
    const after = text.slice(m.end, m.end + PARTNER_OPTIONS.maxActGap + 2);
    if (!ACT_RE.test(after) && !ACT_RE.test(after.slice(after.search(/[^将已于在正]/)))) continue;
    const s = leftEdge(text, conj, Math.max(0, conj - PARTNER_OPTIONS.maxChars - 2));
    const name = text.slice(s, conj);
    if (name.length < PARTNER_OPTIONS.minChars || name.length > PARTNER_OPTIONS.maxChars) continue;
    // The name opens its clause (after punctuation or a date), so nothing else can own it.
    // After a verb only a school's short form (牵线陕科大与…): 筹建指挥部 is the tail of a longer name.
    const prev = text[s - 1];
    const edge = !isNameChar(prev) || prev === '日' || prev === '年';
    if (!edge && !(opensClause(text, s) && SCHOOL_SHORT_RE.test(name))) continue;
    if (name.length === 3 && LEXICON.surnames.has(name[0] as string)) continue;
    if (LEXICON.genericWords.has(name) || LEXICON.stopPhrases.has(name)) continue;
    // 宁德时代与…: a city opening the brand (宁德) is part of it, not a name of its own.
    const opensWithCity = (x: ZhMention): boolean =>
      x.type === 'District' && x.start >= s && x.end - x.start <= 2 && x.end < conj;
    if (mentions.some((x) => x.start < conj && s < x.end && !opensWithCity(x))) continue;
    if (/[省市区县]$/.test(name)) continue;
    // 县农业农村局与…: a name with a suffix of its own is the suffix scan's (a bare 县 names none).
    if (suffixesEnding(name).some((x) => name.endsWith(x.text))) continue;
    const type = partnerType(name);
    out.push({ start: s, end: conj, text: name, type, canonical: name, kind: 'brand' });
  }
  out.push(...scanSecondPartners(text, mentions));
  return out;
}

/** Acts right after a second partner (省科学院…研究所与和丰阳光共建…). */
const SECOND_ACT_RE = /^(?:共建|共同|签署|签约|签订|合作|联合|携手|达成)/;

/**
 * 省科学院微生物研究所与和丰阳光共建…: a short name between a known organisation's 与 and the act
 * they do together is the second partner (a company, or a school by its short ending).
 */
function scanSecondPartners(text: string, mentions: readonly ZhMention[]): ZhMention[] {
  const out: ZhMention[] = [];
  for (const m of mentions) {
    const joiner = text.charCodeAt(m.end);
    // 与 和 同, by code: most mentions are followed by something else.
    if (joiner !== 0x4e0e && joiner !== 0x548c && joiner !== 0x540c) continue;
    if (m.kind === 'coref' || !PARTNER_TYPES.has(m.type)) continue;
    const s = m.end + 1;
    // 与陆河南方机械铸造共建: a place opening the name leaves room for a trade name after it.
    const placed = placeCoreAt(text, s);
    const max = placed > 0 ? PARTNER_OPTIONS.maxPlacedChars : PARTNER_OPTIONS.maxChars;
    let e = s;
    while (e - s < max && isNameChar(text[e])) {
      if (SECOND_ACT_RE.test(text.slice(e, e + 2))) break;
      e++;
    }
    if (e - s < PARTNER_OPTIONS.minChars || !SECOND_ACT_RE.test(text.slice(e, e + 2))) continue;
    const name = text.slice(s, e);
    if (mentions.some((x) => x.start < e && s < x.end)) continue;
    // 与鄂城区鼓楼街道共建: a street or township is a place, not a partner's trade name.
    if (/(?:[省市区县镇乡村]|街道)$/.test(name) || LEXICON.genericWords.has(name)) continue;
    // 与中试基地联合…: a name with its own suffix is left to the suffix scan.
    if (LEXICON.stopPhrases.has(name) || suffixesEnding(name).some((x) => name.endsWith(x.text)))
      continue;
    // Every word may sit in a name, and one is more than a generic word (多家企业, 当地政府 are not).
    const toks = cutExact(name);
    if (toks.some((t) => LEXICON.stopTokens.has(t) && t !== '和')) continue;
    // 与南通产业能级共同提升: a long name after a place is a trade name only without generic words.
    if (placed > 0 && toks.some((t) => LEXICON.genericWords.has(t))) continue;
    if (toks.every((t) => LEXICON.genericWords.has(t) || t.length === 1)) {
      if (toks.length > 1 && toks.every((t) => t.length === 1)) {
        // 陕中医-like single characters are an abbreviation: kept.
      } else continue;
    }
    if (name.length === 3 && LEXICON.surnames.has(name[0] as string) && !SCHOOL_SHORT_RE.test(name))
      continue;
    out.push({
      start: s,
      end: e,
      text: name,
      type: partnerType(name),
      canonical: name,
      kind: 'brand',
    });
  }
  return out;
}
