import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** Options for the memo of jieba cuts. */
const SEGMENT_OPTIONS = Object.freeze({
  /** Most distinct strings remembered before the memo is emptied (bounds memory on huge texts). */
  memoLimit: 8192,
});

/** One shared jieba instance; the dictionary is loaded once at module load. */
const jieba = Jieba.withDict(dict);

/**
 * Jieba tokens (HMM off) by input string, for the current document only: scanners cut the same
 * windows and names again and again (a name's left edge, then its tokens; 重庆市 at every
 * mention). Jieba is deterministic, so a remembered cut is the cut. Emptied per document by
 * `startDocument`, so memory stays flat and repeated documents gain nothing from earlier ones.
 * The arrays are shared, hence handed out as readonly.
 */
const memo = new Map<string, string[]>();

function cutMemo(text: string): string[] {
  let tokens = memo.get(text);
  if (tokens === undefined) {
    tokens = jieba.cut(text, false);
    if (memo.size >= SEGMENT_OPTIONS.memoLimit) memo.clear();
    memo.set(text, tokens);
  }
  return tokens;
}

/** Forgets the cuts of the previous document (called once per document by the pipeline entry). */
export function startDocument(): void {
  memo.clear();
  last.text = '';
  last.tokens = [];
}

/** Jieba tokens of a short window. HMM off: unknown names fall apart into single characters. */
export function cutExact(text: string): readonly string[] {
  return cutMemo(text);
}

/** Jieba's own cut of a whole text (no memo): the benchmark's raw-speed reference. */
export function cutRaw(text: string, hmm = false): string[] {
  return jieba.cut(text, hmm);
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
export function cutSpan(text: string, lo: number, hi: number): readonly string[] {
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
  const tokens = cutMemo(text.slice(lo, hi));
  last.text = text;
  last.lo = lo;
  last.hi = hi;
  last.tokens = tokens;
  return tokens;
}
