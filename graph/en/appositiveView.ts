import type { SentenceContext } from './context';

/** Options for reading a coordination across an appositive ("A, the arm of B, and C"). */
const VIEW_OPTIONS = Object.freeze({
  /** An appositive right after a name and closed by a comma before "and": a lower-case
   * description, optionally ending in "of/at/in" and a name ("Jlabs, the incubation arm of
   * Johnson & Johnson Innovation, and …", "Petrobras, Brazil's state-run oil company, and …"). */
  appositive:
    /^,\s+(?:the|a|an|its|their|[A-Z][\w-]*['’]s?)\s+(?:[a-z][\w&-]*\s+){0,6}?[a-z][\w&-]*(?:\s+(?:of|at|in|for|from)\s+[^,;()]{1,80}?)?,(?=\s*(?:and|&)\s)/,
});

/**
 * The sentence with every appositive inside a coordination blanked out (same offsets, the
 * names inside it dropped), so list patterns read "A, the arm of B, and C" as "A and C"; null
 * when there is none. The caller runs its patterns on both readings.
 */
export function withoutAppositives(ctx: SentenceContext): SentenceContext | null {
  let text = ctx.text;
  const cut: Array<[number, number]> = [];
  for (const m of ctx.mentions) {
    const from = m.end - ctx.start;
    const a = VIEW_OPTIONS.appositive.exec(text.slice(from));
    if (!a) continue;
    cut.push([ctx.start + from, ctx.start + from + a[0].length]);
    text = text.slice(0, from) + ' '.repeat(a[0].length) + text.slice(from + a[0].length);
  }
  if (cut.length === 0) return null;
  return {
    ...ctx,
    text,
    mentions: ctx.mentions.filter((m) => !cut.some(([s, e]) => m.start >= s && m.end <= e)),
  };
}
