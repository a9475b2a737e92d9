import nlp from 'compromise';
import type { EntityType } from '../ontology';
import type { Candidate } from './mentions';
import type { EnglishSentence } from './sentences';
import { isProperSingleName } from './singleNames';
import { isCommonAbbreviation } from './acronyms';
import {
  GENERIC_WORDS,
  SINGLE_HEADS,
  PLACE_KEYS,
  ROLE_WORDS,
  STOP_WORDS,
  SURNAMES,
} from './lexicon';

/** Options for names known only by standing in a list with organisations. */
const COORDINATED_OPTIONS = Object.freeze({
  /** What joins two items of a list ("A, B and C", "A and the B"). */
  joiner: /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/,
  /** An acronym item: capitals with at most a few lower-case letters inside ("CNRS", "ELyT"). */
  acronym: /^(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,7}$/,
  /** Fewest letters of an acronym taken as a name ("UL" may stand in a list, but is not kept). */
  minAcronym: 3,
  /** A one-word item ("Abengoa", "Galanz"): a capital, then lower-case letters. */
  word: /^[A-Z][a-z]{3,}$/,
  /** Types of the recognised neighbours that make a list one of organisations. */
  orgTypes: new Set<EntityType>(['Company', 'University', 'Institute', 'Lab', 'Fund', 'Other']),
  /**
   * Acronyms read as universities when neighbours give no type: with a U ("UCD", "DCU") or ending
   * in "IT" (an institute of technology, a university by the fixture policy: "KIT", "NJIT").
   */
  universityLetter: /U|IT$/,
  /** Compromise tags that show a word is no organisation's name (a date, a nationality …). */
  notName: '(#Date|#Demonym|#Person|#Place|#Plural|#Verb|#Adjective|#Adverb|#Pronoun)',
  /** Confidence: below a name with a head word, above compromise's bare guess. */
  score: 0.7,
});

/** Compromise's dictionary: lower-case word → its tag (or tags). */
const LEXICON: Readonly<Record<string, unknown>> = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }
).model().one.lexicon;

/** True when a one-word item may be an organisation's own name (no common word, place, person). */
export function isOrganisationWord(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if ([STOP_WORDS, GENERIC_WORDS, SURNAMES, ROLE_WORDS].some((set) => set.has(lower))) return false;
  if (SINGLE_HEADS.has(lower)) return false;
  if (PLACE_KEYS.has(lower)) return false;
  if (nlp(word).has(COORDINATED_OPTIONS.notName)) return false;
  // A word of compromise's dictionary ("Everyone", "Today") is a common word, unless it is
  // listed as an organisation ("Philips").
  const known = LEXICON[lower];
  if (known !== undefined && !String(known).includes('Organization')) return false;
  return isProperSingleName(word, text);
}

/** The type of an unknown item of a list, from its shape and its recognised neighbours. */
function itemType(item: string, neighbours: readonly EntityType[]): EntityType {
  const first = item.split(' ')[0] as string;
  if (!COORDINATED_OPTIONS.acronym.test(first)) return 'Company';
  const shared = neighbours.every((t) => t === neighbours[0]) ? neighbours[0] : undefined;
  if (shared === 'University' || shared === 'Institute' || shared === 'Company') return shared;
  return COORDINATED_OPTIONS.universityLetter.test(first) ? 'University' : 'Institute';
}

/**
 * "Abengoa and the Loyola University Foundation", "Tohoku University, CNRS and ECL": a word or an
 * acronym that no rule recognised, standing in a list whose other items are all recognised
 * organisations, names an organisation too. One-word names are companies; acronyms take their
 * neighbours' type when they share one (a university otherwise when they hold a U, else an
 * institute). A list with a place or a person in it is left alone. Returned by name, so every
 * later mention of the name is found as well.
 */
export function findCoordinatedNames(
  sentences: readonly EnglishSentence[],
  kept: readonly Candidate[][],
  text: string,
): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  // "DOWA" beside "DOWA Holdings", "PolyU" beside "PolyU-Zibo Institute": an acronym inside a
  // longer recognised name is that name's short form, left to the layers that merge short forms.
  const inNames = new Set(
    kept.flat().flatMap((c) => (/[\s-]/.test(c.name) ? c.name.split(/[\s-]+/) : [])),
  );
  for (const [i, s] of sentences.entries()) {
    const cands = kept[i] ?? [];
    // Items between the recognised names: the text between two neighbours split at joiners.
    type Item = { start: number; end: number; text: string; type?: EntityType };
    const items: Item[] = [];
    for (const c of cands) items.push({ start: c.start, end: c.end, text: c.text, type: c.type });
    const unknown: Item[] = [];
    // Whole capitalised runs: "Norvex" of "Norvex Systems" is no item of its own.
    const re = /[A-Z][A-Za-z&-]*(?:\s+[A-Z][A-Za-z&-]*)*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      const start = s.start + m.index;
      let end = start + m[0].length;
      if (cands.some((c) => c.start < end && start < c.end)) continue;
      // "INSA Lyon": an acronym with the city it is named after is one item.
      const place = cands.find(
        (c) => c.type === 'District' && c.start === end + 1 && text[end] === ' ',
      );
      if (place && COORDINATED_OPTIONS.acronym.test(m[0])) end = place.end;
      unknown.push({ start, end, text: text.slice(start, end) });
    }
    const all = [
      ...unknown,
      ...items.filter((c) => !unknown.some((u) => u.start < c.end && c.start < u.end)),
    ].sort((a, b) => a.start - b.start);
    // Runs of items joined by list joiners.
    let run: Item[] = [];
    const flush = (): void => {
      const types = run.flatMap((x) => (x.type ? [x.type] : []));
      const unknowns = run.filter((x) => !x.type);
      const ok =
        run.length >= 2 &&
        unknowns.length > 0 &&
        unknowns.length < run.length &&
        types.every((t) => COORDINATED_OPTIONS.orgTypes.has(t)) &&
        // "and" closes the list: a bare comma run may be an apposition or a place after a name.
        /\band\b/.test(text.slice((run[0] as Item).end, (run[run.length - 1] as Item).start)) &&
        unknowns.every(
          (x) =>
            (COORDINATED_OPTIONS.acronym.test(x.text.split(' ')[0] as string) &&
              !isCommonAbbreviation(x.text)) ||
            (COORDINATED_OPTIONS.word.test(x.text) && isOrganisationWord(x.text, text)),
        );
      const short = (x: Item): boolean =>
        COORDINATED_OPTIONS.acronym.test(x.text) && inNames.has(x.text);
      if (ok && !unknowns.some(short))
        for (const x of unknowns)
          if (!out.has(x.text) && x.text.length >= COORDINATED_OPTIONS.minAcronym)
            out.set(x.text, {
              start: x.start,
              end: x.end,
              text: x.text,
              name: x.text,
              type: itemType(x.text, types),
              score: COORDINATED_OPTIONS.score,
            });
      run = [];
    };
    for (const x of all) {
      const last = run[run.length - 1];
      if (last && x.start < last.end) continue;
      if (last && !COORDINATED_OPTIONS.joiner.test(text.slice(last.end, x.start))) flush();
      run.push(x);
    }
    flush();
  }
  return out;
}
