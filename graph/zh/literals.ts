/**
 * A set of literal words scanned over text by first character: the same matches as a RegExp
 * alternation of the words in list order (leftmost position, then the first listed word), without
 * the engine trying every alternative at every position.
 */
export class Literals {
  private readonly byFirst = new Map<number, string[]>();
  /** 1 for every UTF-16 code that starts a word: one array read per character scanned. */
  private readonly starts = new Uint8Array(65536);

  constructor(words: readonly string[]) {
    for (const w of words) {
      if (w.length === 0) continue;
      const c = w.charCodeAt(0);
      this.starts[c] = 1;
      const list = this.byFirst.get(c);
      if (list) list.push(w);
      else this.byFirst.set(c, [w]);
    }
  }

  /** The first match starting in [from, to) (it may end after `to`), or null. */
  next(text: string, from: number, to: number): { index: number; word: string } | null {
    const stop = Math.min(to, text.length);
    const starts = this.starts;
    for (let i = from; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (starts[c] === 0) continue;
      const list = this.byFirst.get(c);
      if (list === undefined) continue;
      for (const w of list) if (text.startsWith(w, i)) return { index: i, word: w };
    }
    return null;
  }
}
