import nlp from 'compromise';
import { maskChinese } from './mask';

/** Options for the shared compromise parse of a sentence. */
const PARSE_OPTIONS = Object.freeze({
  /** Parses kept: enough for every sentence of a long article, small enough to stay cheap. */
  cacheSize: 512,
});

type Parsed = ReturnType<typeof nlp>;
const cache = new Map<string, Parsed>();

/**
 * compromise's parse of a sentence (Chinese masked out), shared by the organisation finder and
 * every relation pattern so each sentence is tagged once. Callers only read the parse (match,
 * json, has); nothing tags or edits it.
 */
export function parseSentence(text: string): Parsed {
  const masked = maskChinese(text);
  const hit = cache.get(masked);
  if (hit) return hit;
  const doc = nlp(masked);
  if (cache.size >= PARSE_OPTIONS.cacheSize) cache.delete(cache.keys().next().value as string);
  cache.set(masked, doc);
  return doc;
}
