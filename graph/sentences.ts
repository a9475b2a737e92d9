/** A sentence of the normalised text, [start, end). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentence-final marks; a closing quote right after one stays with the sentence. */
const FINAL = new Set(['。', '！', '？', '；', '!', '?', '\n'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')'].map((c) => c.charCodeAt(0)));
const ELLIPSIS = '…'.charCodeAt(0);

/**
 * Splits normalised text into sentences at 。！？； and paragraph breaks. "……" ends a sentence
 * too, since the sample uses it as a full stop between reports.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && (text[s] === ' ' || text[s] === '\n')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    let stop = FINAL.has(ch);
    if (ch === ELLIPSIS && text.charCodeAt(i + 1) === ELLIPSIS) {
      i++;
      stop = true;
    }
    if (!stop) continue;
    let end = i + 1;
    while (end < to && CLOSERS.has(text.charCodeAt(end))) end++;
    emit(end);
    i = end - 1;
  }
  emit(to);
  return out;
}
