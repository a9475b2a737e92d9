import { oneWordCompany, type Candidate } from './mentions';
import type { EnglishSentence } from './sentences';
import { isOrganisationWord } from './coordinatedNames';

/** Options for one-word companies named as the subject of a deal or an opening. */
const ACTING_OPTIONS = Object.freeze({
  /**
   * A one-word name opening a sentence or following a comma, then a verb of deals and openings
   * ("Norvex signed", "Andritz has opened", "Norvex will fund").
   */
  pattern:
    /(?:^|,\s+)([A-Z][a-z]{3,}[\w&]*)\s+(?:(?:has|have|had|will|would|also|recently|today|now)\s+){0,2}(?:signed|signs|opened|opens|launched|launches|inaugurated|established|founded|partnered|teamed up|invested|licensed|funded|funds|sponsored|sponsors|donated)\b/g,
  /** Confidence: below a name with a head word, above compromise's bare guess. */
  score: 0.7,
});

/**
 * "Andritz has opened a fiber laboratory at X", "In 2019, Norvex signed an agreement": a proper
 * word (no common, place, person or plural word, never written in lower case in the text) acting
 * as the subject of a deal or an opening is a company, unless it is a word of a name already found.
 * Returned by name, so every later mention of the name is found as well.
 */
export function findActingNames(
  sentences: readonly EnglishSentence[],
  text: string,
  named: readonly Candidate[],
): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  // "Hekou" beside "Hekou District", "PolyU" beside "PolyU-Zibo Institute": a word of a name
  // found by the rules is that name's short form, no company of its own.
  const inNames = new Set(named.flatMap((c) => c.name.split(/[\s-]+/)));
  for (const s of sentences)
    for (const m of s.text.matchAll(ACTING_OPTIONS.pattern)) {
      const name = m[1] as string;
      if (out.has(name) || inNames.has(name) || !isOrganisationWord(name, text)) continue;
      const start = s.start + (m.index ?? 0) + m[0].indexOf(name);
      out.set(name, oneWordCompany(start, name, ACTING_OPTIONS.score));
    }
  return out;
}
