import { LEXICON, escapeRe } from './lexicon';
import type { ZhMention } from './mention';
import { isNameChar } from './chars';

/** Characters that never start or sit in a county-level name after a city (主城区, 各区县). */
const NOT_IN_NAME = new Set('各全主城郊辖本该我其他每多等个'.split(''));
/** Characters after which a bare place name starts (与天长共建, 落户光明). */
const BARE_BEFORE = new Set('在到于和与同、户驻'.split(''));
/** Characters after a bare place that show it is part of another word (天长分园, 光明科学城). */
const BARE_AFTER_BLOCK = new Set('猪岸路街镇乡村江河湖山桥口站区县市分新科'.split(''));

const bigNames = [...LEXICON.bigPlaces].sort((a, b) => b.length - a.length).map(escapeRe);
/** City or province, its level, then a two-character name with its own level (深圳市光明区). */
const CHAIN_RE = new RegExp(`(?:${bigNames.join('|')})[省市]?([\\u4e00-\\u9fff]{2})([区县市])`, 'g');

/**
 * Districts named under a larger place (深圳市盐田区, 安徽省天长市): the gazetteer only holds
 * some counties, but a two-character name with its level right after a city or province is one.
 */
export function scanAdminChains(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  CHAIN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CHAIN_RE.exec(text)) !== null && m.index < to) {
    const name = m[1] as string;
    const level = m[2] as string;
    const end = m.index + m[0].length;
    CHAIN_RE.lastIndex = end - 3 > m.index ? end - 3 : m.index + 1;
    if (end > to) continue;
    if ([...name].some((c) => NOT_IN_NAME.has(c))) continue;
    if (LEXICON.bigPlaces.has(name) || LEXICON.genericWords.has(name)) continue;
    if (LEXICON.stopTokens.has(name)) continue;
    const start = end - 3;
    const full = name + level;
    out.push({ start, end, text: full, type: 'District', canonical: full, kind: 'place' });
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
      out.push({
        start: i,
        end,
        text: text.slice(i, end),
        type: 'District',
        canonical: full,
        kind: 'place',
      });
    }
  }
  return out;
}
