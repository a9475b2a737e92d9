import { GENERIC_WORDS, HEADS, SINGLE_HEADS, PLACE_KEYS, ROLE_WORDS, STOP_WORDS } from './lexicon';

/** Options for place names learned from the document itself. */
const LEARN_OPTIONS = Object.freeze({
  /** "Taixing city", "Gangzha district", "Lanxi County": a name before a level word is a place. */
  levelled:
    /\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (?:city|county|district|province|town|County|District)\b/g,
  /** "the mountainous county of Xianju": a level word then "of" and a name. */
  levelOf: /\b(?:county|city|district|town|township|village|prefecture) of ([A-Z][a-z]+)\b/g,
  /** "Wusheng of Sichuan province": a name said to belong to a province is a place. */
  ofProvince: /\b([A-Z][a-z]+) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?) province\b/g,
  /** "the People's Government of Keqiao": what a government is "of" is a place. */
  governmentOf: /\b[Gg]overnment of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/g,
  /** "in Xiantao, Hubei province", "in Xiantao, Central China's Hubei province": a place before its province. */
  commaProvince:
    /\b(?:in|at|of|from|to) ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?), (?:(?:[A-Z][a-z]+ )?China['’]s )?([A-Z][a-z]+(?: [A-Z][a-z]+)?) [Pp]rovince\b/g,
});

function isPlainName(stem: string): boolean {
  return stem
    .toLowerCase()
    .split(/[ -]/)
    .every(
      (w) =>
        !STOP_WORDS.has(w) && !ROLE_WORDS.has(w) && !GENERIC_WORDS.has(w) && !SINGLE_HEADS.has(w),
    );
}

/** True when the word ending just before `at` is an organisation's head ("Ministry of"). */
function headBefore(text: string, at: number): boolean {
  const word = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
  return word !== undefined && HEADS.some((h) => h.tokens[h.tokens.length - 1] === word);
}

function isKnownPlace(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return PLACE_KEYS.has(words.join(' '));
}

/**
 * Place names the lexicon lacks but the document states ("Taixing city", "Wusheng of Sichuan
 * province"), as lower-cased token sequences, so their bare mentions elsewhere count as places.
 */
export function learnPlaces(text: string): string[][] {
  const found = new Set<string>();
  for (const m of text.matchAll(LEARN_OPTIONS.levelled)) {
    const stem = m[1] as string;
    if (isPlainName(stem) && !isKnownPlace(stem)) found.add(stem);
  }
  for (const m of [
    ...text.matchAll(LEARN_OPTIONS.levelOf),
    ...text.matchAll(LEARN_OPTIONS.governmentOf),
  ]) {
    const stem = m[1] as string;
    if (isPlainName(stem) && !isKnownPlace(stem)) found.add(stem);
  }
  for (const m of [
    ...text.matchAll(LEARN_OPTIONS.ofProvince),
    ...text.matchAll(LEARN_OPTIONS.commaProvince),
  ]) {
    const stem = m[1] as string;
    // "the Ministry of Education, Fujian Province": what a body is "of" is its field, no place.
    if (/^of /.test(m[0]) && headBefore(text, m.index ?? 0)) continue;
    if (isKnownPlace(m[2] as string) && isPlainName(stem) && !isKnownPlace(stem)) found.add(stem);
  }
  return [...found].map((s) => s.toLowerCase().split(/[ ]/));
}
