import nlp from 'compromise';
import type { EntityType } from '../ontology';
import type { Candidate } from './mentions';
import { SINGLE_HEADS, PLACE_KEYS, STOP_WORDS, SURNAMES } from './lexicon';

/** Options for labs, incubators and institutes named without a head word, by an appositive. */
const APPOSITIVE_LAB_OPTIONS = Object.freeze({
  /** "Name, the technology business incubator of …", "Name, its new research centre": a name
   * (one to four capitalised words) described by a lab's kind right after it. */
  describedAfter:
    /(?<![\w&'’-])((?:[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*){0,3}),\s+(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,3}?(incubator|accelerator|laboratory|lab|research cent(?:er|re)|innovation cent(?:er|re)|institute)\b/g,
  /** "its new incubator, Name, …": the kind, a comma, then the name and a closing comma. */
  kindBefore:
    /\b(incubator|accelerator|laboratory|research cent(?:er|re)|innovation cent(?:er|re)|institute),\s+((?:[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*){0,3})(?=\s*,)/g,
  /** Confidence: a guess from position, below a name with a known head. */
  score: 0.6,
});

/** True when capitalised words are a place, a person's name, or a name with its own head. */
function notLabName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (STOP_WORDS.has(words[0] as string)) return true;
  if (PLACE_KEYS.has(words.join(' '))) return true;
  if (words.length <= 3 && SURNAMES.has(words[0] as string)) return true;
  // A name ending with a head word is found, and typed, by the head-word rules.
  const last = words[words.length - 1] as string;
  if (SINGLE_HEADS.has(last)) return true;
  return nlp(name).has('(#Place|#Person)');
}

function typeOf(kind: string): EntityType {
  return kind.toLowerCase() === 'institute' ? 'Institute' : 'Lab';
}

/**
 * Labs named only by an appositive: "Tarrow Hatch, the technology business incubator of X
 * University, …", "X launched its new incubator, Tarrow Hatch, in May". An institute kind gives
 * an Institute, every other kind a Lab.
 */
export function findAppositiveLabs(sentence: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const push = (name: string, start: number, kind: string): void => {
    if (notLabName(name)) return;
    out.push({
      start: offset + start,
      end: offset + start + name.length,
      text: name,
      name,
      type: typeOf(kind),
      score: APPOSITIVE_LAB_OPTIONS.score,
    });
  };
  for (const m of sentence.matchAll(APPOSITIVE_LAB_OPTIONS.describedAfter))
    push(m[1] as string, m.index ?? 0, m[2] as string);
  for (const m of sentence.matchAll(APPOSITIVE_LAB_OPTIONS.kindBefore))
    push(m[2] as string, (m.index ?? 0) + m[0].length - (m[2] as string).length, m[1] as string);
  return out;
}
