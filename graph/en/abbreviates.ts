/**
 * True when `short` abbreviates the words of `long` in order, each word giving a non-empty
 * prefix and every word used ("CityU" ~ "City University", "SJTU" ~ "Shanghai Jiao Tong University").
 */
export function abbreviates(short: string, long: string): boolean {
  const words = long.toLowerCase().split(/\s+/);
  const s = short.toLowerCase();
  const fits = (at: number, w: number): boolean => {
    if (w === words.length) return at === s.length;
    const word = words[w] as string;
    for (let n = Math.min(word.length, s.length - at); n >= 1; n--)
      if (word.startsWith(s.slice(at, at + n)) && fits(at + n, w + 1)) return true;
    return false;
  };
  return words.length > 1 && !/\s/.test(short) && fits(0, 0);
}
