import type { Candidate } from './mentions';
import { GENERIC_WORDS, HEADS, PLACE_KEYS, STOP_WORDS } from './lexicon';

/** Options for one-word short forms of company names ("Evergrande" for "Evergrande Group"). */
const SHORT_FORM_OPTIONS = Object.freeze({
  /** A capitalised word of a company name that may stand for it. */
  word: /^[A-Z][a-z][a-z-]{2,}$/,
  /** Types whose names, opening with the word, make it mean something else ("Tsinghua University"). */
  blockingTypes: new Set(['University', 'Institute', 'District', 'Other', 'Person']),
});

function isHeadWord(word: string): boolean {
  return HEADS.some((h) => h.tokens.includes(word));
}

function isPlace(word: string): boolean {
  return PLACE_KEYS.has(word);
}

/**
 * "Evergrande" after "Evergrande Group", "Maxpower" after "Wendeng Maxpower Tool Group Co., Ltd.":
 * a distinctive word of one company's name, standing alone elsewhere in the text (not inside
 * another capitalised name), is that company. Words that open a university, institute, place or
 * body named in the text ("Tsinghua") and place, generic or head words are never taken.
 */
export function companyShortForms(
  text: string,
  candidates: readonly Candidate[],
): Map<string, Candidate> {
  const offered = new Map<string, Candidate | null>();
  const blocked = new Set<string>();
  for (const c of candidates) {
    const words = c.name.split(/\s+/);
    if (SHORT_FORM_OPTIONS.blockingTypes.has(c.type)) {
      for (const w of words) blocked.add(w);
      continue;
    }
    if (c.type !== 'Company' || words.length < 2) continue;
    for (const w of words) {
      const lower = w.toLowerCase();
      if (!SHORT_FORM_OPTIONS.word.test(w)) continue;
      if (STOP_WORDS.has(lower) || GENERIC_WORDS.has(lower) || isHeadWord(lower) || isPlace(lower))
        continue;
      const had = offered.get(w);
      offered.set(w, had === undefined || had?.name === c.name ? c : null);
    }
  }
  const out = new Map<string, Candidate>();
  for (const [w, c] of offered) {
    if (!c || blocked.has(w)) continue;
    // Standing alone: no capitalised word right before or after it.
    const alone = new RegExp(`(?<![\\w-])(?<![A-Z][\\w-]*\\s)${w}(?![\\w-])(?!\\s+[A-Z])`);
    if (alone.test(text)) out.set(w, c);
  }
  return out;
}
