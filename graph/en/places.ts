import type { Candidate } from './mentions';
import { HEADS, PLACES, SURNAMES } from './lexicon';
import type { Token } from './tokens';

/** Options for bare place names. */
const PLACE_OPTIONS = Object.freeze({
  /** Confidence of a known place name standing alone. */
  score: 0.8,
});

/**
 * "Da Yiwu said": a place word right after a capitalised surname (itself no place) and not
 * followed by a head ("Yiwu City") is a person's given name.
 */
function isGivenName(
  tokens: Token[],
  i: number,
  length: number,
  places: readonly string[][],
): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^[A-Z]/.test(prev.text) || !SURNAMES.has(prev.lower)) return false;
  if (places.some((p) => p.length === 1 && p[0] === prev.lower)) return false;
  const after = i + length;
  return !HEADS.some((h) => h.tokens.every((w, k) => tokens[after + k]?.lower === w));
}

/** Known Chinese places standing alone ("Chongqing", "Inner Mongolia") as District mentions. */
export function findPlaces(
  tokens: Token[],
  text: string,
  offset: number,
  /** Places the document itself states ("Taixing city"), as lower-cased token sequences. */
  learned: readonly string[][] = [],
): Candidate[] {
  const out: Candidate[] = [];
  const places = learned.length > 0 ? [...learned, ...PLACES] : PLACES;
  for (let i = 0; i < tokens.length; i++) {
    const place = places.find((p) => p.every((w, k) => tokens[i + k]?.lower === w));
    const first = tokens[i];
    // "Guangzhou-based": the place before "-based" is a mention of its own.
    const based = /^(.+)-based$/.exec(first?.lower ?? '');
    if (!place && first && based && places.some((p) => p.length === 1 && p[0] === based[1])) {
      const end = first.start + (based[1] as string).length;
      const surface = text.slice(first.start, end);
      out.push({
        start: offset + first.start,
        end: offset + end,
        text: surface,
        name: surface,
        type: 'District',
        score: PLACE_OPTIONS.score,
      });
      continue;
    }
    if (!place || !first || !/^[A-Z]/.test(first.text)) continue;
    if (isGivenName(tokens, i, place.length, places)) {
      i += place.length - 1;
      continue;
    }
    const last = tokens[i + place.length - 1] as Token;
    const surface = text.slice(first.start, last.end);
    out.push({
      start: offset + first.start,
      end: offset + last.end,
      text: surface,
      name: surface,
      type: 'District',
      score: PLACE_OPTIONS.score,
    });
    i += place.length - 1;
  }
  return out;
}
