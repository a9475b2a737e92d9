/** The words of a Literals set that share a first character, in list order. */
interface Bucket {
  words: string[];
  /** Length of each word. */
  lengths: number[];
  /** UTF-16 code of each word's second character (-1 for one-character words). */
  seconds: number[];
}

/** Bit index (16 bits) of a first and second character pair; NaN (text end) hashes like 0. */
function pairHash(c1: number, c2: number): number {
  return (c1 * 31 + c2) & 0xffff;
}

/** Bit index of a one-character word's character (the pair hash with no second character). */
function oneHash(c: number): number {
  return (c * 37 + 11) & 0xffff;
}

/**
 * A set of literal words scanned over text by first character: the same matches as a RegExp
 * alternation of the words in list order (leftmost position, then the first listed word), without
 * the engine trying every alternative at every position.
 */
export class Literals {
  private readonly byFirst = new Map<number, Bucket>();
  /**
   * One bit for every UTF-16 code that starts a word: 8 KB, so the tables of all the sets that
   * scan a text stay in the CPU cache together (a byte per code took 64 KB per set).
   */
  private readonly starts = new Uint32Array(2048);
  /**
   * One bit per hashed pair of first and second character (and per first character of a
   * one-character word): most positions whose first character starts a word go no further.
   */
  private readonly pairs = new Uint32Array(2048);

  constructor(words: readonly string[]) {
    for (const w of words) {
      if (w.length === 0) continue;
      const c = w.charCodeAt(0);
      this.starts[c >>> 5] = (this.starts[c >>> 5] as number) | (1 << (c & 31));
      let b = this.byFirst.get(c);
      if (!b) {
        b = { words: [], lengths: [], seconds: [] };
        this.byFirst.set(c, b);
      }
      b.words.push(w);
      b.lengths.push(w.length);
      b.seconds.push(w.length > 1 ? w.charCodeAt(1) : -1);
      const h = w.length > 1 ? pairHash(c, w.charCodeAt(1)) : oneHash(c);
      this.pairs[h >>> 5] = (this.pairs[h >>> 5] as number) | (1 << (h & 31));
    }
  }

  /** The first match starting in [from, to) (it may end after `to`), or null. */
  next(text: string, from: number, to: number): { index: number; word: string } | null {
    const stop = Math.min(to, text.length);
    const starts = this.starts;
    const pairs = this.pairs;
    for (let i = from; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (((starts[c >>> 5] as number) & (1 << (c & 31))) === 0) continue;
      // The second character rules out most words before any lookup or string comparison.
      const c2 = text.charCodeAt(i + 1);
      const h = pairHash(c, c2);
      const o = oneHash(c);
      if (
        ((pairs[h >>> 5] as number) & (1 << (h & 31))) === 0 &&
        ((pairs[o >>> 5] as number) & (1 << (o & 31))) === 0
      )
        continue;
      const b = this.byFirst.get(c) as Bucket;
      for (let k = 0; k < b.words.length; k++) {
        const n = b.lengths[k] as number;
        if (n > 1 && b.seconds[k] !== c2) continue;
        const w = b.words[k] as string;
        if (n <= 2 || text.startsWith(w, i)) return { index: i, word: w };
      }
    }
    return null;
  }
}
