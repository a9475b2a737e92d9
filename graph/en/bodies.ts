import { GENERIC_WORDS } from './lexicon';

/**
 * "CPCMC Standing Committee", "Municipal Party Standing Committee": a standing committee named by
 * nothing but short forms and generic words is the inner body of another committee, not an actor.
 */
export function isStandingBody(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2 || words[n - 1]?.toLowerCase() !== 'committee') return false;
  if (words[n - 2]?.toLowerCase() !== 'standing') return false;
  return words
    .slice(0, n - 2)
    .every((w) => /^[A-Z]{2,8}$/.test(w) || GENERIC_WORDS.has(w.toLowerCase()));
}
