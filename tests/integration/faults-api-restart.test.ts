import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, stopLocalNeo4j } from '../../neo4j-local/launcher';
import { PROJECT_ROOT } from '../../runtime/paths';
import { closeDriver, query, resetDatabase } from '../support/db';
import { inventedArticle } from '../../bench/load-soak.bench';

/**
 * The API process is killed with SIGKILL while ingests are in flight and started again: every
 * acknowledged document is there, none is half-written, and ingesting them all again is clean.
 */

const HOME = path.join(PROJECT_ROOT, '.innochain', 'faults-api-neo4j');
const PORT = 7695;
const savedEnv = { home: process.env.INNOCHAIN_NEO4J_HOME, port: process.env.INNOCHAIN_BOLT_PORT };
const ENTRY = path.join(os.tmpdir(), `innochain-api-under-test-${process.pid}.ts`);
const children: ChildProcess[] = [];

/** Starts the API as its own process (as `innochain serve` would), against this file's Neo4j. */
async function startApi(): Promise<{ child: ChildProcess; baseUrl: string }> {
  // One process (node with the tsx loader), so SIGKILL hits the server itself, not a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      INNOCHAIN_NEO4J_HOME: HOME,
      INNOCHAIN_BOLT_PORT: String(PORT),
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`API did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /LISTENING (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`API exited with ${code}: ${out}`)));
  });
  return { child, baseUrl };
}

async function post(baseUrl: string, body: unknown): Promise<{ status: number; id?: string }> {
  const res = await fetch(`${baseUrl}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { document?: { id: string } };
  return { status: res.status, id: json.document?.id };
}

beforeAll(async () => {
  fs.writeFileSync(
    ENTRY,
    `import { startServer } from ${JSON.stringify(path.join(PROJECT_ROOT, 'server', 'start'))};
startServer({ port: 0, host: '127.0.0.1', readsPerMinute: 1e6, writesPerMinute: 1e6, clientDir: ${JSON.stringify(os.tmpdir())} })
  .then((s) => process.stdout.write('LISTENING ' + s.url.replace('localhost', '127.0.0.1') + '\\n'));
`,
  );
  await closeDriver();
  process.env.INNOCHAIN_NEO4J_HOME = HOME;
  process.env.INNOCHAIN_BOLT_PORT = String(PORT);
  await startLocalNeo4j({ home: HOME, boltPort: PORT, detached: true, heap: '512m' });
  await resetDatabase();
}, 180_000);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(ENTRY, { force: true });
  await closeDriver();
  await stopLocalNeo4j(HOME).catch(() => undefined);
  process.env.INNOCHAIN_NEO4J_HOME = savedEnv.home;
  process.env.INNOCHAIN_BOLT_PORT = savedEnv.port;
}, 120_000);

test('after a SIGKILL of the API mid-ingest and a restart, no acknowledged document is lost or half-written', async () => {
  const articles = Array.from({ length: 30 }, (_, i) => inventedArticle(i, 'K'));
  const first = await startApi();
  const acknowledged = new Map<string, string>();
  for (const a of articles.slice(0, 10)) {
    const r = await post(first.baseUrl, a);
    expect(r.status).toBe(201);
    acknowledged.set(a.title, r.id!);
  }

  // A burst of 20 concurrent ingests; the process dies as soon as the first of them is acknowledged.
  let killed = false;
  const burst = articles.slice(10).map((a) =>
    post(first.baseUrl, a).then(
      (r) => {
        if (r.status === 201) acknowledged.set(a.title, r.id!);
        if (!killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
        return r.status;
      },
      () => 'no answer' as const,
    ),
  );
  const outcomes = await Promise.all(burst);
  if (first.child.exitCode === null && first.child.signalCode === null) {
    await new Promise((resolve) => first.child.once('exit', resolve));
  }
  expect(first.child.signalCode).toBe('SIGKILL');
  expect(killed).toBe(true);
  expect(outcomes).toContain('no answer');

  const second = await startApi();
  for (const [title, id] of acknowledged) {
    const res = await fetch(`${second.baseUrl}/api/documents/${id}`);
    expect([title, res.status]).toEqual([title, 200]);
  }
  // Whatever was in flight is whole or absent: no entity without a document, no tie without evidence.
  const [orphans] = await query<Record<string, number>>(
    `RETURN
       COUNT { MATCH (e:Entity) WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(e) } } AS entities,
       COUNT { MATCH (d:Document) WHERE NOT EXISTS { (d)-[:MENTIONS]->() } } AS documents,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE NOT EXISTS { MATCH (v:Evidence) WHERE v.relId = r.id } } AS ties`,
  );
  expect(orphans).toEqual({ entities: 0, documents: 0, ties: 0 });

  // Sending everything again through the restarted API completes the store without duplicates.
  for (const a of articles) expect([200, 201]).toContain((await post(second.baseUrl, a)).status);
  const [docs] = await query<{ n: number; distinct: number }>(
    'MATCH (d:Document) RETURN count(d) AS n, count(DISTINCT d.title) AS distinct',
  );
  expect(docs).toEqual({ n: 30, distinct: 30 });
  process.stdout.write(
    `faults/api: SIGKILL of the API with ${outcomes.filter((o) => o === 'no answer').length} ingests in flight; ${acknowledged.size} acknowledged documents all present after restart\n`,
  );
}, 240_000);
