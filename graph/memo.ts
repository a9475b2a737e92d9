/** Most results a word memo keeps before it is emptied (names and words repeat across documents). */
const MEMO_LIMIT = 20000;

/**
 * Remembers a pure function of a word or name, bounded: when full the memo is emptied, so memory
 * stays flat however many documents pass through.
 */
export function memo<T>(fn: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word: string): T => {
    let r = cache.get(word);
    if (r === undefined) {
      r = fn(word);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(word, r);
    }
    return r;
  };
}
