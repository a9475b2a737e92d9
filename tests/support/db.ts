import { createHash } from 'node:crypto';
import { closeDriver, getDriver } from '../../store/driver';
import { applySchema } from '../../store/schema';
import { useTestNeo4jEnv } from './testNeo4j';

useTestNeo4jEnv();

/** Empties the database and re-applies the schema: each test starts from a known state. */
export async function resetDatabase(): Promise<void> {
  const { driver, database } = getDriver();
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema();
}

/** Runs a read query directly (tests inspect the store without going through the code under test). */
export async function query<T = Record<string, unknown>>(
  cypherText: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { driver, database } = getDriver();
  const res = await driver.executeQuery(cypherText, params, { database });
  return res.records.map((r) => r.toObject() as T);
}

/** Stable JSON: object keys sorted, so equal content gives equal text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a.localeCompare(b),
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Node and relationship counts plus a content hash of everything: "nothing changed" checks. */
export async function graphFingerprint(): Promise<{
  nodes: number;
  relationships: number;
  hash: string;
}> {
  const nodes = await query<{ l: string[]; p: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS l, properties(n) AS p',
  );
  const rels = await query<{ a: unknown; t: string; b: unknown; p: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS a, type(r) AS t, coalesce(b.id, b.key) AS b, properties(r) AS p',
  );
  const hash = createHash('sha256')
    .update(JSON.stringify(nodes.map((n) => stable([[...n.l].sort(), n.p])).sort()))
    .update(JSON.stringify(rels.map(stable).sort()))
    .digest('hex');
  return { nodes: nodes.length, relationships: rels.length, hash };
}

export { closeDriver };
