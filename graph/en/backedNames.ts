import { oneWordCompany, type Candidate } from './mentions';
import type { EnglishSentence } from './sentences';
import { isProperSingleName } from './singleNames';
import { GENERIC_WORDS, SINGLE_HEADS, STOP_WORDS } from './lexicon';

/** Options for one-word companies named after the body that backs them. */
const BACKED_OPTIONS = Object.freeze({
  /** "DIT-backed Trezur": a capitalised backer, a backing compound, then one capitalised word. */
  pattern:
    /(?<![\w-])[A-Z][\w&]*-(?:backed|funded|sponsored|financed)\s+([A-Z][a-z]{2,}[\w&]*)(?![\w&'’-]|\s+[A-Z])/g,
  /** Confidence: below a name with a head word, above compromise's bare guess. */
  score: 0.7,
});

/**
 * "DIT-backed Trezur, which develops music apps": the one word a backer's compound qualifies is a
 * company's name (start-ups are what bodies back), unless it is a common or head word. Returned by
 * name, so every later mention of the name is found as well.
 */
export function findBackedNames(
  sentences: readonly EnglishSentence[],
  text: string,
): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const s of sentences)
    for (const m of s.text.matchAll(BACKED_OPTIONS.pattern)) {
      const name = m[1] as string;
      const lower = name.toLowerCase();
      if (STOP_WORDS.has(lower) || GENERIC_WORDS.has(lower) || out.has(name)) continue;
      if (SINGLE_HEADS.has(lower)) continue;
      if (!isProperSingleName(name, text)) continue;
      const start = s.start + (m.index ?? 0) + m[0].length - name.length;
      out.set(name, oneWordCompany(start, name, BACKED_OPTIONS.score));
    }
  return out;
}
