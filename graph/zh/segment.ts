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

/** The last window cut: a later window that ends at the same place reuses its tokens. */
const last: { text: string; lo: number; hi: number; tokens: string[] } = {
  text: '',
  lo: 0,
  hi: 0,
  tokens: [],
};

/**
 * Jieba tokens (HMM off) of text[lo, hi). Scanners first cut a window left of a suffix to find
 * where a name starts and then look at the tokens of the name part: that second window ends at
 * the same place and starts on a token boundary of the first, so its tokens are taken from the
 * first cut (the best segmentation of a span between two boundaries of a best segmentation is
 * that segmentation's part).
 */
export function cutSpan(text: string, lo: number, hi: number): string[] {
  if (hi <= lo) return [];
  if (last.hi === hi && last.lo <= lo && last.text === text) {
    let p = hi;
    for (let k = last.tokens.length - 1; k >= 0; k--) {
      if (p === lo) return last.tokens.slice(k + 1);
      p -= (last.tokens[k] as string).length;
      if (p < lo) break;
    }
    if (p === lo) return last.tokens.slice();
  }
  const tokens = jieba.cut(text.slice(lo, hi), false);
  last.text = text;
  last.lo = lo;
  last.hi = hi;
  last.tokens = tokens;
  return tokens;
}
