import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/paths';

/**
 * Every Cypher statement the project runs lives in a named .cypher file under cypher/.
 * They are read once, at first use, into this registry; a missing file fails at start-up, not
 * at the first request that needs it.
 */
export const QUERY_NAMES = Object.freeze([
  'load/existing-documents',
  'load/resolve-aliases',
  'load/documents',
  'load/entities',
  'load/evidence',
  'load/refresh-relations',
  'load/refresh-entities',
  'load/unload-document',
  'queries/ping',
  'queries/stats',
  'queries/graph',
  'queries/neighbours',
  'queries/neighbours-first',
  'queries/nodes-by-id',
  'queries/entity',
  'queries/edge',
  'queries/edge-evidence',
  'queries/search-fulltext',
  'queries/search-latin',
  'queries/documents',
  'queries/document',
  'queries/export-documents',
  'queries/export-entities',
  'queries/export-relations',
  'queries/export-evidence',
  'queries/export-mentions',
  'queries/paths',
  'queries/graph-version',
  'queries/analytics-nodes',
  'queries/analytics-ties',
  'queries/district-flows',
  'queries/district-nodes',
  'queries/chains/transfer-to-company',
  'queries/chains/introduce-cobuild',
  'queries/chains/team-supports-company',
  'queries/chains/school-company-cobuild',
] as const);

export type QueryName = (typeof QUERY_NAMES)[number];

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

let cache: ReadonlyMap<QueryName, string> | undefined;

function load(): ReadonlyMap<QueryName, string> {
  const map = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    map.set(name, compact(fs.readFileSync(file, 'utf8')));
  }
  return map;
}

/**
 * A query as sent: without its comment lines and indentation. The driver writes a statement in
 * 1,400-byte chunks, one socket write each, and Neo4j reads and hashes the whole text on every
 * run, so a commented 5 KB query costs more than its 3 KB of Cypher. Only whole-line comments
 * are dropped (a `//` inside a line may be in a string).
 */
function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('//'))
    .join('\n');
}

/** The text of a named query (comments stripped). */
export function cypher(name: QueryName): string {
  cache ??= load();
  return cache.get(name) as string;
}

/** Schema statements in file order; each file may hold several statements separated by ';'. */
export function schemaStatements(): string[] {
  const dir = path.join(CYPHER_DIR, 'schema');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) => splitStatements(fs.readFileSync(path.join(dir, f), 'utf8')));
}

/** Splits a script on ';' at line ends, dropping // comment lines. */
export function splitStatements(script: string): string[] {
  return script
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
