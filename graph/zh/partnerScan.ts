import type { ZhMention } from './mention';
import { LEXICON } from './lexicon';
import { leftEdge } from './boundary';
import { isNameChar } from './chars';

/** Options for names found only by their place in a partnership (中国商飞与重庆大学签署…). */
const PARTNER_OPTIONS = Object.freeze({
  /** Shortest and longest partner name taken; two characters are too often places or people. */
  minChars: 3,
  maxChars: 6,
  /** Most characters between the known partner and the act (签署, 共建…). */
  maxActGap: 4,
});

/** Acts two partners do together, right after the second partner. */
const ACT_RE = /^(?:签署|签约|签订|共建|合作|联合|携手|共同|达成|联手)/;
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
    const prev = text[s - 1];
    if (isNameChar(prev) && prev !== '日' && prev !== '年') continue;
    if (name.length === 3 && LEXICON.surnames.has(name[0] as string)) continue;
    if (LEXICON.genericWords.has(name) || LEXICON.stopPhrases.has(name)) continue;
    // 宁德时代与…: a city opening the brand (宁德) is part of it, not a name of its own.
    const opensWithCity = (x: ZhMention): boolean =>
      x.type === 'District' && x.start >= s && x.end - x.start <= 2 && x.end < conj;
    if (mentions.some((x) => x.start < conj && s < x.end && !opensWithCity(x))) continue;
    if (/[省市区县]$/.test(name)) continue;
    out.push({ start: s, end: conj, text: name, type: 'Company', canonical: name, kind: 'brand' });
  }
  return out;
}
