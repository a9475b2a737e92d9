import { LEXICON } from './lexicon';
import { Literals } from './literals';
import { cutSpan } from './segment';
import { nameToken } from './boundary';
import type { ZhMention } from './mention';
import { isNameChar } from './chars';

/** Options for short company names (台铃科技, 盛泰光电) that carry no legal suffix. */
const BRAND_OPTIONS = Object.freeze({
  /** Longest brand part before the industry word. */
  maxBrandChars: 4,
  /** Shortest brand part: one character is too weak. */
  minBrandChars: 2,
});

const INDUSTRY = new Literals(LEXICON.companyIndustryWords);
/**
 * After the industry word: a field is talked about (笔电新材料技术发展) or the industry word opens a
 * longer word (川大科技成果, 科技创新, 双方就科技合作), not a company.
 */
const FIELD_AFTER_RE =
  /^(?:技术|产业|领域|行业|方向|研究|发展|材料|成果|创新|人员|人才|资源|园|合作|交流)/;
/** A venue or hall named after the brand word follows (准东能源馆): a longer word, not a company. */
const VENUE_AFTER_RE = /^(?:馆|展厅|展馆|大厦|中心|站)/;
/**
 * The list the name stands in ends in 等 + a kind of industry or field (煤电煤化工、硅基新材料等
 * 主导产业); 品胜科技等产业项目 and 康赛科技等新兴科技产业项目 list firms' projects.
 */
const FIELD_LIST_RE =
  /^[\u4e00-\u9fff、]{0,24}?等[\u4e00-\u9fff]{1,4}?(?:产业|领域|行业|方向)(?!项目|企业|公司|集团|园)/;
/** Before the name: a field is aimed at (围绕生物基新材料、…), not a company. */
const FIELD_BEFORE_RE = /(?:围绕|聚焦|面向|瞄准|涉及|专注于?|深耕)$/;

/** Around a brand that acts: a clause edge or 与 before, a party's verb after (not a field list). */
const PARTY_BEFORE = new Set(['，', '。', '；', '：', '与', '和', '\n']);
const PARTY_AFTER_RE = /^(?:组建|引进|投资|签约|签订|签署|携手|联合|牵头)/;

/** After the brand, 与 + a partner + a joint act within a clause (盘龙药业与陕中医共建…). */
const JOINT_AFTER_RE = /^[与和同][^，。；、]{2,8}?(?:共建|签约|签订|签署|合作)/;

/**
 * True when the span [start, end) stands where a party does (天元锰业组建…; ，宝泉酱业与…; 推动
 * 盘龙药业与陕中医共建…): after a clause edge and before a party's act, or after a verb that
 * ends names (推动, 促成) and before 与 + partner + joint act.
 */
function actsAsParty(text: string, start: number, end: number): boolean {
  const prev = start === 0 ? '\n' : (text[start - 1] as string);
  if (PARTY_BEFORE.has(prev)) return PARTY_AFTER_RE.test(text.slice(end, end + 3));
  return (
    LEXICON.stopTokens.has(text.slice(start - 2, start)) &&
    JOINT_AFTER_RE.test(text.slice(end, end + 11))
  );
}

/** Classifiers that follow a number (4家, 3个): what follows is counted, not named. */
const COUNT_CLASSIFIERS = '个家所座项名位支批类';

/** The end of a whole organisation name (…大学, …集团) right before a conjunction. */
const AFTER_NAME_RE = new RegExp(
  `(?:大学|学院|研究院|研究所|公司|集团|政府|${Object.keys(LEXICON.prefixAbbreviations).join('|')})$`,
);

function isPlace(tok: string): boolean {
  return LEXICON.bigPlaces.has(tok) || LEXICON.districtCanonical.has(tok);
}

/** 沪滇, 川渝, 京津冀: one-character province names in a row name regions working together. */
function regionPair(part: string): boolean {
  for (const ch of part) if (!LEXICON.provinceAbbreviations.has(ch)) return false;
  return part.length >= 2;
}

/**
 * Finds brand + industry word company names (元泰科技, 希尔安药业). Jieba runs without HMM, so an
 * unknown brand falls apart into single characters: that, and not a gazetteer, is the signal.
 */
export function scanBrands(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (
    let m = INDUSTRY.next(text, from, to);
    m;
    m = INDUSTRY.next(text, m.index + m.word.length, to)
  ) {
    const at = m.index;
    const end = at + m.word.length;
    // 科技创新, 能源馆, …新材料等主导产业: what follows alone rules the word out; tested before
    // the jieba cut.
    if (FIELD_AFTER_RE.test(text.slice(end, end + 2))) continue;
    if (VENUE_AFTER_RE.test(text.slice(end, end + 2))) continue;
    if ((text[end] === '、' || text[end] === '等') && FIELD_LIST_RE.test(text.slice(end, end + 32)))
      continue;
    let lo = at;
    while (lo > Math.max(from, at - 8) && isNameChar(text[lo - 1])) lo--;
    if (lo === at) continue;
    const tokens = cutSpan(text, lo, at);
    let brandLen = 0;
    let singles = 0;
    let k = tokens.length - 1;
    for (; k >= 0; k--) {
      const tok = tokens[k] as string;
      if (!nameToken(tok) || tok === '及' || isPlace(tok) || LEXICON.genericWords.has(tok)) break;
      if (brandLen + tok.length > BRAND_OPTIONS.maxBrandChars) break;
      if (tok.length === 1) singles++;
      brandLen += tok.length;
    }
    const lastTok = tokens[tokens.length - 1] ?? '';
    // ；天元锰业组建…: a whole clause-opening word before the industry word, acting as a party.
    if (
      brandLen < BRAND_OPTIONS.minBrandChars &&
      at - lo >= BRAND_OPTIONS.minBrandChars &&
      at - lo <= BRAND_OPTIONS.maxBrandChars &&
      tokens.length === 1 &&
      !LEXICON.stopTokens.has(lastTok) &&
      actsAsParty(text, lo, at + m.word.length)
    )
      brandLen = at - lo;
    if (brandLen < BRAND_OPTIONS.minBrandChars) continue;
    // 天元锰业组建…, 与宝泉酱业、…: a brand that is a dictionary word counts where it acts as a party.
    if (
      !(lastTok.length === 1 || singles >= 2) &&
      !actsAsParty(text, at - brandLen, at + m.word.length)
    )
      continue;
    if (
      isPlace(text.slice(at - brandLen, at)) ||
      LEXICON.genericWords.has(text.slice(at - brandLen, at)) ||
      regionPair(text.slice(at - brandLen, at))
    )
      continue;
    let start = at - brandLen;
    const before = tokens[k];
    if (before !== undefined && isPlace(before) && brandLen + before.length <= 8)
      start -= before.length;
    // 西安交通大学和平高集团: 和 after a whole name joins two names, it opens no brand.
    if (
      '和与及同'.includes(text[start] as string) &&
      AFTER_NAME_RE.test(text.slice(Math.max(0, start - 4), start))
    )
      start += 1;
    if (at - start < BRAND_OPTIONS.minBrandChars) continue;
    // 4家高科技企业: a classifier after a number opens a count, not a brand.
    if (
      /[0-9０-９]/.test(text[start - 1] ?? '') &&
      COUNT_CLASSIFIERS.includes(text[start] as string)
    )
      continue;
    if (FIELD_BEFORE_RE.test(text.slice(Math.max(0, start - 3), start))) continue;
    const name = text.slice(start, end);
    out.push({ start, end, text: name, type: 'Company', canonical: name, kind: 'brand' });
  }
  return out;
}
