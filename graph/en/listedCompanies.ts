import nlp from 'compromise';
import type { Candidate } from './mentions';
import { COMPANY_NOUNS, LIST_OPENERS, PLACE_KEYS, STOP_WORDS, SURNAMES } from './lexicon';

/** Options for companies named as items of a list of companies. */
const LISTED_OPTIONS = Object.freeze({
  /** "enterprises, including", "companies such as": a company noun, a few words, then an opener. */
  opener: new RegExp(
    `\\b(?:${COMPANY_NOUNS.join('|')})\\b[^.;:]{0,30}?\\b(?:${LIST_OPENERS.join('|')})\\s+`,
    'g',
  ),
  /** One item: one to five capitalised words (hyphens, ampersands, a trailing "Co." allowed). */
  item: /^[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*\.?){0,4}$/,
  /** Confidence: below a name with a head word, above a bare compromise guess. */
  score: 0.7,
});

/** True when the words are a known place, a place compromise knows, or a person's name. */
function isPlaceOrPerson(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (PLACE_KEYS.has(words.join(' '))) return true;
  if (nlp(name).has('^#Place+$')) return true;
  return words.length <= 3 && SURNAMES.has(words[0] as string) && words.length > 1;
}

/**
 * "10 local high-tech enterprises, including Sany Heavy Industry, Wasion Group and X Co.",
 * "enterprises such as Changsha Chaint Robotics and Y Co.": each capitalised item of a list that
 * a company noun opens is a company, head word or not.
 */
export function findListedCompanies(sentence: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  LISTED_OPTIONS.opener.lastIndex = 0;
  for (const m of sentence.matchAll(LISTED_OPTIONS.opener)) {
    let at = (m.index ?? 0) + m[0].length;
    for (;;) {
      const rest = sentence.slice(at);
      const sep = /,\s*(?:and\s+)?|\s+and\s+|(?=[.;:()]\s|[.;:()]?$)|(?=\s+[a-z])/.exec(rest);
      const raw = sep ? rest.slice(0, sep.index) : rest;
      const name = raw.replace(/\.$/, (dot) => (/\b(?:Co|Ltd|Inc|Corp)\.$/.test(raw) ? dot : ''));
      if (!LISTED_OPTIONS.item.test(name)) break;
      if (!STOP_WORDS.has((name.split(/\s+/)[0] as string).toLowerCase()) && !isPlaceOrPerson(name))
        out.push({
          start: offset + at,
          end: offset + at + name.length,
          text: name,
          name,
          type: 'Company',
          score: LISTED_OPTIONS.score,
        });
      if (!sep || !/^(?:,|\s+and\s)/.test(sep[0])) break;
      at += (sep.index ?? 0) + sep[0].length;
    }
  }
  return out;
}
