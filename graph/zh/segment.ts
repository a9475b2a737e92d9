import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** One shared jieba instance; the dictionary is loaded once at module load. */
const jieba = Jieba.withDict(dict);

/** Jieba tokens of a short window. HMM off: unknown names fall apart into single characters. */
export function cutExact(text: string): string[] {
  return jieba.cut(text, false);
}

/** Jieba tokens with HMM, used by the benchmark as the raw-speed reference. */
export function cutHmm(text: string): string[] {
  return jieba.cut(text, true);
}

/** One paragraph cut once: tokens and the offset (in the text) where each starts. */
interface ParagraphCut {
  tokens: string[];
  /** Text offset of a token start (and of the paragraph end) → token index. */
  at: Map<number, number>;
}

/** The paragraph cuts of the text last asked about (one document is scanned at a time). */
const cache: { text: string; cuts: Map<number, ParagraphCut> } = { text: '', cuts: new Map() };

function paragraphCut(text: string, lo: number): { cut: ParagraphCut; from: number; to: number } {
  if (cache.text !== text) {
    cache.text = text;
    cache.cuts = new Map();
  }
  const from = text.lastIndexOf('\n', lo - 1) + 1;
  let to = text.indexOf('\n', lo);
  if (to < 0) to = text.length;
  let cut = cache.cuts.get(from);
  if (!cut) {
    const tokens = jieba.cut(text.slice(from, to), false);
    const at = new Map<number, number>();
    let p = from;
    tokens.forEach((t, i) => {
      at.set(p, i);
      p += t.length;
    });
    at.set(p, tokens.length);
    cut = { tokens, at };
    cache.cuts.set(from, cut);
  }
  return { cut, from, to };
}

/**
 * Jieba tokens (HMM off) of text[lo, hi). The paragraph around the window is cut once and its
 * tokens are reused when the window starts and ends on token boundaries: the best segmentation
 * of a sentence restricted to a span between two of its boundaries is the best segmentation of
 * that span. Other windows are cut on their own, so results equal `cutExact(text.slice(lo, hi))`.
 */
export function cutSpan(text: string, lo: number, hi: number): string[] {
  if (hi <= lo) return [];
  const { cut, to } = paragraphCut(text, lo);
  if (hi <= to) {
    const a = cut.at.get(lo);
    const b = cut.at.get(hi);
    if (a !== undefined && b !== undefined) return cut.tokens.slice(a, b);
  }
  return jieba.cut(text.slice(lo, hi), false);
}
