import type { Candidate } from './mentions';
import { SURNAMES } from './lexicon';
import type { EnglishSentence } from './sentences';

/** Options for a person named again by the surname alone ("Zhou" after "Zhou Bing"). */
const SURNAME_OPTIONS = Object.freeze({
  /** Confidence: a bare surname is weaker evidence than the full name. */
  score: 0.6,
  /** A capitalised word right after the surname: a different full name, not a reference. */
  nameAfter: /^\s+[A-Z][a-z]/,
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "Zhou Bing left … Zhou is one of …": a known surname standing alone after a person whose name
 * opens with it refers back to that person, when only one person found has that surname.
 */
export function findSurnameReferences(
  sentences: readonly EnglishSentence[],
  named: readonly Candidate[],
): Candidate[][] {
  const bySurname = new Map<string, Candidate | null>();
  for (const c of named) {
    if (c.type !== 'Person' || c.description) continue;
    const words = c.name.split(/\s+/);
    const surname = words[0] as string;
    if (words.length < 2 || !SURNAMES.has(surname.toLowerCase())) continue;
    const had = bySurname.get(surname);
    bySurname.set(surname, had === undefined || had?.name === c.name ? c : null);
  }
  const firstAt = new Map<string, number>();
  for (const c of named)
    if (c.type === 'Person' && !firstAt.has(c.name)) firstAt.set(c.name, c.start);
  return sentences.map((s) => {
    const out: Candidate[] = [];
    for (const [surname, person] of bySurname) {
      if (!person) continue;
      const re = new RegExp(`(?<![A-Za-z0-9-])${escape(surname)}(?![A-Za-z0-9-])`, 'g');
      for (const m of s.text.matchAll(re)) {
        const start = s.start + (m.index ?? 0);
        // Only after the full name has introduced the person.
        if (start < (firstAt.get(person.name) ?? Infinity)) continue;
        if (SURNAME_OPTIONS.nameAfter.test(s.text.slice((m.index ?? 0) + surname.length))) continue;
        out.push({
          start,
          end: start + surname.length,
          text: surname,
          name: person.name,
          type: 'Person',
          score: SURNAME_OPTIONS.score,
        });
      }
    }
    return out;
  });
}
