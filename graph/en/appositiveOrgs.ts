import type { Candidate } from './mentions';
import { STOP_WORDS } from './lexicon';

/** Options for companies named in apposition to a common noun ("his own firm, Jiangsu X,"). */
const APPOSITIVE_OPTIONS = Object.freeze({
  /** "firm, Name," / "a company called Name": the capitalised words that follow name it. */
  pattern:
    /\b(?:firm|company|startup|start-up|enterprise|subsidiary|business)(?:\s*,\s*|\s+(?:called|named)\s+)((?:[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*){0,4})(?=\s*[,.;)]|\s+(?:in|on|which|that)\b)/g,
  /** Confidence: a guess from position, below a name with a known head. */
  score: 0.6,
});

/** Companies named only by an appositive ("launched his own firm, Jiangsu Multi-Dimension, in 2010"). */
export function findAppositiveCompanies(sentence: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of sentence.matchAll(APPOSITIVE_OPTIONS.pattern)) {
    const name = m[1] as string;
    if (STOP_WORDS.has((name.split(/\s+/)[0] as string).toLowerCase())) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push({
      start: offset + start,
      end: offset + start + name.length,
      text: name,
      name,
      type: 'Company',
      score: APPOSITIVE_OPTIONS.score,
    });
  }
  return out;
}
