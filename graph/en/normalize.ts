/** Options for minimal normalisation of English text. */
const EN_NORMALIZE_OPTIONS = Object.freeze({
  /** Characters collapsed into one space inside a line (tabs, no-break and ideographic spaces). */
  horizontalSpace: /[ \t\u00a0\u3000\r\f\v]/,
});

/** English text after minimal normalisation, with a map back to the raw text. */
export interface EnglishNormalized {
  text: string;
  /** offsets[i] = index in the raw text of normalised char i; offsets[text.length] = raw length. */
  offsets: number[];
}

/**
 * Minimal normalisation for English news: trims every line, collapses runs of horizontal
 * whitespace to one space and drops blank lines, so each non-empty raw line becomes one line
 * (paragraph) of the output. Nothing else changes, so offsets stay easy to explain.
 */
export function normalizeEnglish(raw: string): EnglishNormalized {
  const out: string[] = [];
  const offsets: number[] = [];
  const lines = raw.split('\n');
  let lineStart = 0;
  for (const line of lines) {
    let pendingSpace = -1;
    let wrote = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (EN_NORMALIZE_OPTIONS.horizontalSpace.test(ch)) {
        if (wrote && pendingSpace < 0) pendingSpace = lineStart + i;
        continue;
      }
      if (!wrote && out.length > 0) {
        out.push('\n');
        offsets.push(lineStart - 1);
      }
      if (pendingSpace >= 0) {
        out.push(' ');
        offsets.push(pendingSpace);
        pendingSpace = -1;
      }
      out.push(ch);
      offsets.push(lineStart + i);
      wrote = true;
    }
    lineStart += line.length + 1;
  }
  offsets.push(raw.length);
  return { text: out.join(''), offsets };
}
