import { LEXICON } from './lexicon';
import { FUNCTION_WORDS } from './pos';
import { cutSpan } from './segment';
import { isNameChar } from './chars';

/** Options for finding the left edge of a name. */
const BOUNDARY_OPTIONS = Object.freeze({
  /** Longest name part looked at left of a suffix; longer spans are sentences, not names. */
  maxNameChars: 22,
});

/** True when a jieba token can be part of an organisation name. */
/** Numeral + classifier tokens (四大, 两家, 三个) end a name: 石刻文创四大产业学院 is a count. */
const COUNT_RE = /^[一二两三四五六七八九十百千万几多数首]+[大个家项所批类种名位支只条期届]$/;

export function nameToken(tok: string): boolean {
  if (LEXICON.stopTokens.has(tok) || COUNT_RE.test(tok)) return false;
  if (
    LEXICON.nameTokens.has(tok) ||
    LEXICON.districtCanonical.has(tok) ||
    LEXICON.bigPlaces.has(tok)
  )
    return true;
  return !FUNCTION_WORDS.has(tok);
}

/**
 * Walks left from `end` over tokens that can belong to a name and returns where the name starts.
 * Punctuation, digits and line ends are hard stops; verbs, prepositions and the stop list are
 * soft stops found by jieba on the window only (character scanning keeps this cheap).
 */
export function leftEdge(text: string, end: number, floor = 0): number {
  let lo = end;
  const min = Math.max(floor, end - BOUNDARY_OPTIONS.maxNameChars);
  while (lo > min && isNameChar(text[lo - 1])) lo--;
  if (lo === end) return end;
  const tokens = cutSpan(text, lo, end);
  let start = end;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const tok = tokens[k] as string;
    if (!nameToken(tok)) break;
    start -= tok.length;
  }
  return start;
}
