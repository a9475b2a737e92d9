import path from 'node:path';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jHandle } from '../../neo4j-local/launcher';
import { PROJECT_ROOT } from '../../runtime/paths';
import { closeDriver, query } from '../support/db';
import { startTestApp, type TestApp } from '../support/app';

/**
 * Neo4j goes away under a running API: every endpoint that needs it answers 503 with
 * Retry-After within 5 s; when Neo4j comes back the same API process answers again, data intact.
 */

const HOME = path.join(PROJECT_ROOT, '.innochain', 'faults-down-neo4j');
const PORT = 7694;
const savedEnv = { home: process.env.INNOCHAIN_NEO4J_HOME, port: process.env.INNOCHAIN_BOLT_PORT };
let neo4j: LocalNeo4jHandle | undefined;
let app: TestApp | undefined;

function start(): Promise<LocalNeo4jHandle> {
  return startLocalNeo4j({ home: HOME, boltPort: PORT, detached: true, heap: '512m' });
}

beforeAll(async () => {
  await closeDriver();
  process.env.INNOCHAIN_NEO4J_HOME = HOME;
  process.env.INNOCHAIN_BOLT_PORT = String(PORT);
  neo4j = await start();
  app = await startTestApp();
}, 180_000);

afterAll(async () => {
  await app?.close();
  await stopLocalNeo4j(HOME).catch(() => undefined);
  process.env.INNOCHAIN_NEO4J_HOME = savedEnv.home;
  process.env.INNOCHAIN_BOLT_PORT = savedEnv.port;
}, 120_000);

interface Probe {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

async function timed(baseUrl: string, p: Probe) {
  const started = Date.now();
  const res = await fetch(`${baseUrl}${p.path}`, {
    method: p.method,
    headers: p.body ? { 'Content-Type': 'application/json' } : {},
    body: p.body ? JSON.stringify(p.body) : undefined,
  });
  const body = (await res.json()) as { error?: { code: string; message: string } };
  return {
    path: p.path,
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    ms: Date.now() - started,
    code: body.error?.code,
    message: body.error?.message,
  };
}

test('with Neo4j killed every endpoint answers 503 + Retry-After within 5 s; it recovers on its own when Neo4j returns', async () => {
  const { baseUrl } = app!;
  const [a, b] = await query<{ id: string }>(
    'MATCH (e:Entity) RETURN e.id AS id ORDER BY e.documentCount DESC, e.id LIMIT 2',
  );
  const [doc] = await query<{ id: string }>('MATCH (d:Document) RETURN d.id AS id LIMIT 1');
  const probes: Probe[] = [
    { method: 'GET', path: '/api/health' },
    { method: 'GET', path: '/api/stats' },
    { method: 'GET', path: `/api/search?q=${encodeURIComponent('大学')}` },
    { method: 'GET', path: '/api/graph?limit=50' },
    { method: 'GET', path: `/api/entities/${a!.id}` },
    { method: 'GET', path: `/api/entities/${a!.id}/neighbourhood?depth=2` },
    { method: 'GET', path: `/api/paths?from=${a!.id}&to=${b!.id}` },
    { method: 'GET', path: '/api/hubs?metric=pagerank' },
    { method: 'GET', path: '/api/chains?pattern=transfer-to-company' },
    { method: 'GET', path: '/api/districts/flows' },
    { method: 'GET', path: '/api/documents' },
    { method: 'GET', path: `/api/documents/${doc!.id}` },
    {
      method: 'POST',
      path: '/api/documents',
      body: { text: '午未新材料有限公司与申酉大学共建复合材料实验室。' },
    },
  ];
  // Warm up one at a time (a fresh JVM plans its first queries slowly), then check all answer.
  const healthy = [];
  for (const p of probes.filter((x) => x.method === 'GET')) healthy.push(await timed(baseUrl, p));
  expect(healthy.filter((r) => r.status !== 200)).toEqual([]);
  const searchBefore = await (
    await fetch(`${baseUrl}/api/search?q=${encodeURIComponent('大学')}`)
  ).json();

  process.kill(neo4j!.pid, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 200));

  // One at a time, so each answer's time is its own; then all at once.
  const sequential = [];
  for (const p of probes) sequential.push(await timed(baseUrl, p));
  const concurrent = await Promise.all(probes.map((p) => timed(baseUrl, p)));
  const answers = [...sequential, ...concurrent];
  expect(answers.filter((r) => r.status !== 503 || r.code !== 'DB_UNAVAILABLE')).toEqual([]);
  expect(answers.filter((r) => !(Number(r.retryAfter) > 0))).toEqual([]);
  expect(answers.filter((r) => r.ms >= 5_000)).toEqual([]);
  const slowest = Math.max(...sequential.map((r) => r.ms), ...concurrent.map((r) => r.ms));

  // Neo4j comes back on the same port; the API (same process, same driver) answers again.
  neo4j = await start();
  const back = Date.now();
  let status = 0;
  while (Date.now() - back < 30_000) {
    status = (await fetch(`${baseUrl}/api/health`)).status;
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(status).toBe(200);
  const recoveredIn = Date.now() - back;
  // Every endpoint answers again (a fresh JVM plans its first queries slowly: poll, one at a time).
  const after = [];
  for (const p of probes.filter((x) => x.method === 'GET')) {
    let r = await timed(baseUrl, p);
    while (r.status !== 200 && Date.now() - back < 90_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      r = await timed(baseUrl, p);
    }
    after.push(r);
  }
  expect(after.filter((r) => r.status !== 200)).toEqual([]);
  const allBackIn = Date.now() - back;
  expect(
    await (await fetch(`${baseUrl}/api/search?q=${encodeURIComponent('大学')}`)).json(),
  ).toEqual(searchBefore);
  const ingest = await timed(baseUrl, probes[probes.length - 1]!);
  expect(ingest.status).toBe(201);
  process.stdout.write(
    `faults/down: ${probes.length * 2} requests while Neo4j was dead, all 503 (slowest ${slowest} ms); API healthy ${recoveredIn} ms and every endpoint ${allBackIn} ms after Neo4j was back\n`,
  );
}, 240_000);
