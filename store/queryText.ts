import { cypher, type QueryName } from '../cypher/registry';

const compacted = new Map<QueryName, string>();

/**
 * A named query as sent on the request path: without its comment lines and indentation. The
 * driver writes a statement in 1,400-byte chunks, one socket write each, and Neo4j reads and
 * hashes the whole text on every run, so a commented 5 KB query costs more than its 3 KB of
 * Cypher. Only whole-line comments are dropped (a `//` inside a line may be in a string).
 */
export function compactQuery(name: QueryName): string {
  let text = compacted.get(name);
  if (text === undefined) {
    text = cypher(name)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith('//'))
      .join('\n');
    compacted.set(name, text);
  }
  return text;
}
