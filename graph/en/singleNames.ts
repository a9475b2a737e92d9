import nlp from 'compromise';
import { PLACE_KEYS, STOP_WORDS } from './lexicon';

/**
 * True when a one-word company name ("Ramot", "Syngenta", "Jlabs") can stand for that company
 * wherever it recurs in the text: a proper word that never occurs in lower case there (so not
 * a common noun written with a capital at a sentence start) and is no stop word or place.
 */
export function isProperSingleName(name: string, text: string): boolean {
  if (!/^[A-Z][\w&-]+$/.test(name)) return false;
  const lower = name.toLowerCase();
  if (STOP_WORDS.has(lower) || PLACE_KEYS.has(lower)) return false;
  const escaped = name.replace(/[-&]/g, '\\$&');
  if (
    new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'i').test(
      text.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'), ''),
    )
  )
    return false;
  return !nlp(name).has('#Place');
}
