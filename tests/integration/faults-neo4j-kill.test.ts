import path from 'node:path';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jHandle } from '../../neo4j-local/launcher';
import { PROJECT_ROOT } from '../../runtime/paths';
import { closeDriver, query, resetDatabase } from '../support/db';
import { ingestArticles, type ArticleInput } from '../../store/ingest';
import { DbUnavailableError } from '../../store/errors';

/**
 * Neo4j is killed with SIGKILL while a multi-batch ingest is writing. After a restart every
 * document is entirely present or entirely absent, and ingesting again (with the same driver,
 * in the same process) succeeds and completes the store.
 */

const HOME = path.join(PROJECT_ROOT, '.innochain', 'faults-kill-neo4j');
const PORT = 7693;
const savedEnv = { home: process.env.INNOCHAIN_NEO4J_HOME, port: process.env.INNOCHAIN_BOLT_PORT };
let neo4j: LocalNeo4jHandle | undefined;

const PREFIXES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const ROOTS = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

/** An invented name that no other article shares unless asked to. */
function inventedName(n: number): string {
  return `${PREFIXES[n % 10]}${ROOTS[Math.floor(n / 10) % 12]}${PREFIXES[Math.floor(n / 120) % 10]}${ROOTS[Math.floor(n / 1200) % 12]}`;
}

/** Articles of 12 sentences each, so one batch of them takes a moment to write. */
function articles(count: number): ArticleInput[] {
  return Array.from({ length: count }, (_, a) => {
    const sentences = Array.from({ length: 12 }, (_, s) => {
      const n = a * 12 + s;
      return `${inventedName(n)}科技有限公司与${inventedName(n + 7)}大学共建${inventedName(n + 3)}实验室。`;
    });
    return { title: `kill test ${a}`, text: sentences.join('') };
  });
}

async function start(): Promise<LocalNeo4jHandle> {
  return startLocalNeo4j({ home: HOME, boltPort: PORT, detached: true, heap: '512m' });
}

interface DocShape {
  id: string;
  mentions: number;
  evidence: number;
}

async function shapes(): Promise<Map<string, DocShape>> {
  const rows = await query<DocShape>(
    `MATCH (d:Document)
     RETURN d.id AS id, COUNT { (d)-[:MENTIONS]->() } AS mentions, COUNT { (d)<-[:IN_DOCUMENT]-(:Evidence) } AS evidence`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Things a half-written document would leave behind. */
async function orphans(): Promise<Record<string, number>> {
  const [row] = await query<Record<string, number>>(
    `RETURN
       COUNT { MATCH (e:Entity) WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(e) } } AS entitiesWithoutDocument,
       COUNT { MATCH (v:Evidence) WHERE NOT EXISTS { (v)-[:IN_DOCUMENT]->(:Document) } } AS evidenceWithoutDocument,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE NOT EXISTS { MATCH (v:Evidence) WHERE v.relId = r.id } } AS tiesWithoutEvidence`,
  );
  return row ?? {};
}

async function waitForLoadTransaction(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const rows = await query<{ q: string }>(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND $' RETURN currentQuery AS q",
    );
    if (rows.length > 0) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

beforeAll(async () => {
  await closeDriver();
  process.env.INNOCHAIN_NEO4J_HOME = HOME;
  process.env.INNOCHAIN_BOLT_PORT = String(PORT);
  neo4j = await start();
}, 180_000);

afterAll(async () => {
  await closeDriver();
  await stopLocalNeo4j(HOME).catch(() => undefined);
  process.env.INNOCHAIN_NEO4J_HOME = savedEnv.home;
  process.env.INNOCHAIN_BOLT_PORT = savedEnv.port;
}, 120_000);

test('a SIGKILL of Neo4j mid-ingest leaves each document whole or absent, and re-ingesting completes the store', async () => {
  const input = articles(30);
  const batchSize = 10;

  // Reference: the same articles loaded without trouble.
  await resetDatabase();
  await ingestArticles(input, { batchSize });
  const reference = await shapes();
  expect(reference.size).toBe(30);
  const [refCounts] = await query<{ nodes: number; rels: number }>(
    'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS rels',
  );

  await resetDatabase();
  let batchesDone = 0;
  const ingest = ingestArticles(input, {
    batchSize,
    onProgress: () => {
      batchesDone++;
    },
  }).then(
    () => 'finished' as const,
    (error: unknown) => error,
  );
  // Kill while the second batch's transaction is open (after the first has committed).
  while (batchesDone < 1) await new Promise((r) => setTimeout(r, 10));
  expect(await waitForLoadTransaction(30_000)).toBe(true);
  process.kill(neo4j!.pid, 'SIGKILL');

  const outcome = await ingest;
  expect(outcome).toBeInstanceOf(DbUnavailableError);

  neo4j = await start();
  expect(neo4j.reused).toBe(false);

  const afterCrash = await shapes();
  // The first batch committed; the batch in flight did not.
  expect(afterCrash.size).toBeGreaterThanOrEqual(batchSize);
  expect(afterCrash.size).toBeLessThan(30);
  for (const [id, shape] of afterCrash) expect(shape).toEqual(reference.get(id));
  expect(await orphans()).toEqual({
    entitiesWithoutDocument: 0,
    evidenceWithoutDocument: 0,
    tiesWithoutEvidence: 0,
  });

  // The same driver reconnects: re-ingesting everything succeeds and completes the store.
  const again = await ingestArticles(input, { batchSize });
  expect(again.summary.unchanged.sort()).toEqual([...afterCrash.keys()].sort());
  expect(again.summary.loaded.length).toBe(30 - afterCrash.size);
  expect(await shapes()).toEqual(reference);
  const [counts] = await query<{ nodes: number; rels: number }>(
    'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS rels',
  );
  expect(counts).toEqual(refCounts);
  process.stdout.write(
    `faults/kill: SIGKILL after batch 1 of 3; ${afterCrash.size}/30 documents survived whole\n`,
  );
}, 240_000);
