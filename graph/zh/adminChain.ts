import countyData from '../data/zh/counties.json';
import { LEXICON } from './lexicon';
import { Literals } from './literals';
import type { ZhMention } from './mention';
import { placeMention } from './mention';
import { isNameChar } from './chars';

/** Characters that never start or sit in a county-level name after a city (主城区, 各区县). */
const NOT_IN_NAME = new Set('各全主城郊辖本该我其他每多等个大'.split(''));
/** Characters after which a bare place name starts (与天长共建, 落户光明). */
const BARE_BEFORE = new Set('在到于和与同、户驻'.split(''));
/** Characters after a bare place that show it is part of another word (天长分园, 光明科学城). */
const BARE_AFTER_BLOCK = new Set('猪岸路街镇乡村江河湖山桥口站区县市分新科'.split(''));

/** County-level full names of China (GB/T 2260 via counties.json): 望城区, 西乡塘区. */
const COUNTY_FULL: ReadonlySet<string> = new Set(
  Object.values(countyData.cores as Record<string, string>),
);

/** A prefecture after its province: two to four characters and 州, then no more name. */
const PREFECTURE_RE =
  /^([\u4e00-\u9fff]{2,4}?州)(?=[^\u4e00-\u9fff]|政府|委|与|和|等|共|签|的|人民)/;

/** Cities and provinces, longest first, scanned by first character. */
const BIG = new Literals([...LEXICON.bigPlaces].sort((a, b) => b.length - a.length));
/** After a city or province and its level: a two-character name with its own level (深圳市光明区). */
const TAIL_RE = /^([\u4e00-\u9fff]{2})([区县市])/;

/** After a city or county and its level: a two-character town or township (东莞市常平镇). */
const TOWN_RE = /^([\u4e00-\u9fff]{2})([镇乡])/;

/**
 * The town named right after a city or county ending at `at` (东莞市常平镇), if the article names
 * it again (常平镇是…, 把常平镇打造成…): a town named once in an address (坐落在晋江市金井镇) only
 * says where something is, and the county or city stays the site.
 */
function townAfter(text: string, at: number, to: number, out: ZhMention[]): void {
  const m = TOWN_RE.exec(text.slice(at, at + 3));
  if (!m || at + 3 > to) return;
  const name = m[1] as string;
  if ([...name].some((c) => NOT_IN_NAME.has(c))) return;
  if (LEXICON.genericWords.has(name) || LEXICON.stopTokens.has(name)) return;
  // 乡镇, 城镇: a town word after its first character is no name (…市城乡镇…).
  if (name.endsWith('乡') || name.endsWith('城')) return;
  const full = name + m[2];
  if (text.indexOf(full) === at && text.indexOf(full, at + 3) < 0) return;
  out.push(placeMention(at, at + 3, name + m[2], name + m[2]));
}

/**
 * Districts named under a larger place (深圳市盐田区, 安徽省天长市): the gazetteer only holds
 * some counties, but a two-character name with its level right after a city or province is one.
 */
export function scanAdminChains(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (let b = BIG.next(text, from, to); b; b = BIG.next(text, b.index + 1, to)) {
    let at = b.index + b.word.length;
    const province = text[at] === '省';
    if (text[at] === '省' || text[at] === '市') at++;
    // 云南省西双版纳州, 贵州省黔东南州: an autonomous prefecture named right after its province.
    if (province) {
      const pref = PREFECTURE_RE.exec(text.slice(at, Math.min(to, at + 6)));
      if (pref) {
        const full = pref[1] as string;
        out.push(placeMention(at, at + full.length, full, full));
        continue;
      }
    }
    // 长沙市望城区, 南宁市西乡塘区: a county-level name of the national list, whatever its characters.
    const listed =
      at + 4 <= to && COUNTY_FULL.has(text.slice(at, at + 4))
        ? 4
        : at + 3 <= to && COUNTY_FULL.has(text.slice(at, at + 3))
          ? 3
          : 0;
    if (listed > 0) {
      const full = text.slice(at, at + listed);
      out.push(placeMention(at, at + listed, full, full));
      townAfter(text, at + listed, to, out);
      continue;
    }
    const m = TAIL_RE.exec(text.slice(at, at + 3));
    if (!m) {
      if (text[at - 1] === '市') townAfter(text, at, to, out);
      continue;
    }
    const name = m[1] as string;
    const level = m[2] as string;
    const end = at + 3;
    if (end > to) continue;
    if ([...name].some((c) => NOT_IN_NAME.has(c))) continue;
    if (LEXICON.bigPlaces.has(name) || LEXICON.genericWords.has(name)) continue;
    if (LEXICON.stopTokens.has(name)) continue;
    // 五大连池市市长: 池市 + 市 (after 大连) is a city's level doubled by the title 市长.
    if (name.endsWith('市') && level === '市') continue;
    const start = end - 3;
    const full = name + level;
    out.push(placeMention(start, end, full, full));
    if (level !== '市') townAfter(text, end, to, out);
  }
  return out;
}

/**
 * Later mentions of districts found by `scanAdminChains`: the full form (光明区) anywhere and the
 * bare name (光明, 天长) where it stands alone after a preposition or punctuation.
 */
export function scanChainRepeats(
  text: string,
  chained: readonly ZhMention[],
  inContent: (i: number) => boolean,
): ZhMention[] {
  const out: ZhMention[] = [];
  const seen = new Set<string>();
  for (const c of chained) {
    if (seen.has(c.canonical)) continue;
    seen.add(c.canonical);
    const full = c.canonical;
    const bare = full.slice(0, -1);
    for (let i = text.indexOf(bare); i >= 0; i = text.indexOf(bare, i + 1)) {
      if (!inContent(i)) continue;
      const isFull = text.startsWith(full, i);
      const end = i + (isFull ? full.length : bare.length);
      if (!isFull) {
        const prev = text[i - 1];
        if (isNameChar(prev) && !BARE_BEFORE.has(prev as string)) continue;
        if (BARE_AFTER_BLOCK.has(text[end] ?? '')) continue;
      }
      out.push(placeMention(i, end, text.slice(i, end), full));
    }
  }
  return out;
}
