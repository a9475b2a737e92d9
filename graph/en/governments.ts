import type { Candidate } from './mentions';

/** Options for local governments named in lower case ("the Chengdu city government"). */
const GOVERNMENT_OPTIONS = Object.freeze({
  /** A capitalised place, an administrative level in lower case, then "government". */
  pattern:
    /\b([A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?) (city|municipal|district|county|provincial|local) (?:people's |people’s )?government\b/g,
  /** Confidence of such a government body. */
  score: 0.8,
});

/** Government bodies written in lower case after their place, typed Other. */
export function findGovernments(sentence: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  GOVERNMENT_OPTIONS.pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GOVERNMENT_OPTIONS.pattern.exec(sentence)) !== null) {
    const lead = /^(The|A) /.exec(m[0]);
    const start = m.index + (lead ? lead[0].length : 0);
    const surface = sentence.slice(start, m.index + m[0].length);
    if (surface.split(' ').length < 3) continue;
    out.push({
      start: offset + start,
      end: offset + m.index + m[0].length,
      text: surface,
      name: surface,
      type: 'Other',
      score: GOVERNMENT_OPTIONS.score,
    });
  }
  return out;
}
