/** A sentence of the normalised text, [start, end). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** A lookup table over UTF-16 codes: one array read per character instead of a Set lookup. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Sentence-final marks; a closing quote right after one stays with the sentence. */
const FINAL = codeTable('。！？；!?\n');
const CLOSERS = codeTable('”’」』）)');
const ELLIPSIS = '…'.charCodeAt(0);

/** Space or paragraph break: trimmed from both ends of a sentence. */
function isBlank(code: number): boolean {
  return code === 32 || code === 10;
}

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
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    let stop = FINAL[ch] === 1;
    if (ch === ELLIPSIS && text.charCodeAt(i + 1) === ELLIPSIS) {
      i++;
      stop = true;
    }
    if (!stop) continue;
    let end = i + 1;
    while (end < to && CLOSERS[text.charCodeAt(end)] === 1) end++;
    emit(end);
    i = end - 1;
  }
  emit(to);
  return out;
}
