/**
 * A set of literal words scanned over text by first character: the same matches as a RegExp
 * alternation of the words in list order (leftmost position, then the first listed word), without
 * the engine trying every alternative at every position.
 */
export class Literals {
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    for (const w of words) {
      if (w.length === 0) continue;
      const c = w.charCodeAt(0);
      const list = this.byFirst.get(c);
      if (list) list.push(w);
      else this.byFirst.set(c, [w]);
    }
  }

  /** The first match starting in [from, to) (it may end after `to`), or null. */
  next(text: string, from: number, to: number): { index: number; word: string } | null {
    const stop = Math.min(to, text.length);
    for (let i = from; i < stop; i++) {
      const list = this.byFirst.get(text.charCodeAt(i));
      if (list === undefined) continue;
      for (const w of list) if (text.startsWith(w, i)) return { index: i, word: w };
    }
    return null;
  }
}
