import nlp from 'compromise';
import { maskChinese } from './mask';

/** A sentence of the normalised text, [start, end). */
export interface EnglishSentence {
  start: number;
  end: number;
  text: string;
}

/** Options for sentence splitting. */
const SENTENCE_OPTIONS = Object.freeze({
  /** A legal-form abbreviation ending a part ("… Pte.", "… Co.") that compromise took for a full stop. */
  legalEnd: /\b(?:Pte|Pvt|Co|Corp|Inc|Sdn)\.$/,
  /** The rest of the legal form opening the next part ("Ltd.", "Bhd"): the sentence goes on. */
  legalNext: /^(?:Ltd|Limited|Bhd|Co|LLC)\b/,
});

interface OffsetJson {
  offset?: { start: number; length: number };
}

/**
 * Splits normalised English text into sentences: every line is a paragraph, and compromise
 * splits each paragraph (with Chinese characters masked out, so it never sees them).
 */
export function splitEnglishSentences(text: string): EnglishSentence[] {
  const out: EnglishSentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const masked = maskChinese(line);
    const parts = nlp(masked).sentences().json({ offset: true }) as OffsetJson[];
    let covered = 0;
    for (const part of parts) {
      if (!part.offset) continue;
      const s = Math.max(part.offset.start, covered);
      const e = Math.min(part.offset.start + part.offset.length, line.length);
      if (e > s) pushTrimmed(out, text, lineStart + s, lineStart + e);
      covered = Math.max(covered, e);
    }
    if (parts.length === 0) pushTrimmed(out, text, lineStart, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return out;
}

function pushTrimmed(out: EnglishSentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e <= s) return;
  // "Applied Materials Pte. Ltd. and NUS …": a legal form split at its inner dot is one sentence.
  const last = out[out.length - 1];
  if (
    last &&
    SENTENCE_OPTIONS.legalEnd.test(last.text) &&
    SENTENCE_OPTIONS.legalNext.test(text.slice(s, e)) &&
    !text.slice(last.end, s).includes('\n')
  ) {
    last.end = e;
    last.text = text.slice(last.start, e);
    return;
  }
  out.push({ start: s, end: e, text: text.slice(s, e) });
}
