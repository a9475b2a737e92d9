import { normalize } from '../graph/normalize';

/**
 * A title from the article's first line, read from the normalised text so PDF artifacts
 * (doubled headings) do not leak into it; a heading ending in a colon takes the next line too.
 */
export function titleOf(text: string): string | undefined {
  const lines = normalize(text)
    .text.split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const [first, second] = lines;
  if (first === undefined) return undefined;
  const title = /[:：]$/.test(first) && second !== undefined ? first + second : first;
  return title.slice(0, 120);
}
