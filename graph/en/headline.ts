import type { Candidate } from './mentions';
import { HEADS } from './lexicon';
import { ENTITY_TYPES } from '../ontology';

/** Options for names found in a title-case headline. */
const HEADLINE_OPTIONS = Object.freeze({
  /** Words of at least this many letters count when telling a title-case line. */
  minWord: 4,
  /** Share of such words written with a capital that makes the line title case. */
  capitalShare: 0.75,
  /** Fewest such words for the share to mean anything. */
  minWords: 3,
  /** Types checked: places and people are not glued to a headline's verbs by capitals. */
  types: new Set<string>(ENTITY_TYPES.filter((t) => t !== 'District' && t !== 'Person')),
});

/** Index just after the first line when that line is written in title case, else 0. */
export function titleCaseHeadlineEnd(text: string): number {
  const end = text.indexOf('\n');
  if (end <= 0) return 0;
  const words = text.slice(0, end).match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const long = words.filter((w) => w.length >= HEADLINE_OPTIONS.minWord);
  if (long.length < HEADLINE_OPTIONS.minWords) return 0;
  const capitals = long.filter((w) => /^[A-Z]/.test(w)).length;
  return capitals / long.length >= HEADLINE_OPTIONS.capitalShare ? end : 0;
}

/** Last words of heads ("university", "ltd."): a name ending with one is closed on its right. */
const HEAD_ENDS: ReadonlySet<string> = new Set(
  HEADS.map((h) => h.tokens[h.tokens.length - 1] ?? ''),
);

/**
 * True when the headline's run may have glued other words to the name: a capitalised word right
 * before or after it, or a last word that is no head ("… of DUT Established").
 */
function mayBeGlued(line: string, c: Candidate): boolean {
  const last = (c.text.trim().split(/\s+/).pop() ?? '').toLowerCase();
  if (!HEAD_ENDS.has(last)) return true;
  return /[A-Z][\w'’&-]*\s+$/.test(line.slice(0, c.start)) || /^\s+[A-Z]/.test(line.slice(c.end));
}

/** Spelling that ignores "&" for "and" and runs of spaces. */
function comparable(s: string): string {
  return s.replace(/\s*&\s*/g, ' and ').replace(/\s+/g, ' ');
}

/**
 * "Xinjiang Research Academy of DUT Established in Xinjiang", "Rolls-Royce, Purdue to Develop
 * Next-Gen Aircraft Propulsion Systems": in a title-case headline every word has a capital, so a
 * name runs on into the headline's verbs and nouns. An organisation found there whose words the
 * article never writes again, and that may have taken in such words (see mayBeGlued), is such a
 * run, not a name; the article's own names are written in its body. ("College of X, Xiamen
 * University" stays: a comma and the line's end close it.) Returns the test a candidate must pass,
 * or null when the text opens with no title-case headline (every candidate stays).
 */
export function headlineRunFilter(text: string): ((c: Candidate) => boolean) | null {
  const end = titleCaseHeadlineEnd(text);
  if (end === 0) return null;
  const body = comparable(text.slice(end));
  const line = text.slice(0, end);
  return (c) =>
    c.start >= end ||
    !HEADLINE_OPTIONS.types.has(c.type) ||
    !mayBeGlued(line, c) ||
    body.includes(comparable(c.text)) ||
    body.includes(comparable(c.name));
}
