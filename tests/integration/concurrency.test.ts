import { query, resetDatabase } from '../support/db';
import { startTestApp, type TestApp } from '../support/app';
import { inventedArticle } from '../../bench/load-soak.bench';

/** Concurrent ingests of the same and of different articles, with readers running beside them. */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ corpus: false });
}, 120_000);
afterAll(async () => {
  await app.close();
});

const ARTICLE = {
  title: '同稿并发',
  text: '辰巳光电科技有限公司与午未大学共建微纳光学实验室。辰巳光电科技有限公司位于两江新区。申酉研究院支持辰巳光电科技有限公司。',
};

async function ingest(
  body: unknown,
): Promise<{ status: number; json: { document?: { id: string }; error?: unknown } }> {
  const res = await fetch(`${app.baseUrl}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { document?: { id: string } } };
}

/** Everything stored, by key, with how many nodes/relationships share that key. */
async function inventory() {
  // An evidence record is keyed by its tie, its offsets and its document.
  const nodes = await query<{ key: string; n: number }>(
    "MATCH (n) OPTIONAL MATCH (n)-[:IN_DOCUMENT]->(d) WITH coalesce(n.id, n.key, n.relId + '@' + d.id + ':' + toString(n.start) + '-' + toString(n.end)) AS key, count(*) AS n RETURN key, n ORDER BY key",
  );
  const rels = await query<{ key: string; n: number }>(
    "MATCH (a)-[r]->(b) WITH coalesce(r.id, type(r) + ':' + coalesce(a.id, a.key, a.relId + ':' + toString(a.start) + '-' + toString(a.end)) + '>' + coalesce(b.id, b.key)) AS key, count(*) AS n RETURN key, n ORDER BY key",
  );
  return { nodes, rels };
}

test('the same article ingested by 20 concurrent requests is stored exactly once', async () => {
  // Reference: one ingest on its own.
  const single = await ingest(ARTICLE);
  expect(single.status).toBe(201);
  const reference = await inventory();
  expect(reference.nodes.length).toBeGreaterThan(4);
  expect(reference.nodes.every((n) => n.n === 1)).toBe(true);

  await resetDatabase();
  const results = await Promise.all(Array.from({ length: 20 }, () => ingest(ARTICLE)));
  expect(results.filter((r) => r.status !== 200 && r.status !== 201)).toEqual([]);
  expect(results.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
  expect(new Set(results.map((r) => r.json.document?.id))).toEqual(
    new Set([single.json.document?.id]),
  );
  expect(await inventory()).toEqual(reference);
}, 120_000);

test('20 different articles ingested concurrently while readers run are all stored; no client sees an error', async () => {
  await resetDatabase();
  // Articles share partners pairwise, so their transactions contend for the same nodes.
  const articles = Array.from({ length: 20 }, (_, i) => {
    const own = inventedArticle(i, 'C');
    const shared = inventedArticle(i % 5, 'S');
    return { title: own.title, text: `${own.text}${shared.text}` };
  });
  let stop = false;
  const readerStatuses: number[] = [];
  const reader = async (r: number): Promise<void> => {
    const paths = [
      '/api/stats',
      '/api/graph?limit=200',
      `/api/search?q=${encodeURIComponent('科技')}`,
      '/api/hubs',
      '/api/documents',
    ];
    for (let i = r; !stop; i++) {
      const res = await fetch(`${app.baseUrl}${paths[i % paths.length]}`);
      await res.arrayBuffer();
      readerStatuses.push(res.status);
    }
  };
  const readers = Array.from({ length: 4 }, (_, r) => reader(r));
  const results = await Promise.all(articles.map((a) => ingest(a)));
  stop = true;
  await Promise.all(readers);

  expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
  expect(readerStatuses.length).toBeGreaterThan(0);
  expect(readerStatuses.filter((s) => s !== 200)).toEqual([]);
  const ids = results.map((r) => r.json.document!.id).sort();
  const stored = await query<{ id: string }>('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
  expect(stored.map((d) => d.id)).toEqual(ids);
  const inv = await inventory();
  expect(inv.nodes.filter((n) => n.n > 1)).toEqual([]);
  expect(inv.rels.filter((r) => r.n > 1)).toEqual([]);
  // Each document is complete: it mentions entities and its ties carry evidence.
  for (const id of ids) {
    const [row] = await query<{ mentions: number; evidence: number }>(
      'MATCH (d:Document {id: $id}) RETURN COUNT { (d)-[:MENTIONS]->() } AS mentions, COUNT { (d)<-[:IN_DOCUMENT]-(:Evidence) } AS evidence',
      { id },
    );
    expect(row!.mentions).toBeGreaterThan(0);
    expect(row!.evidence).toBeGreaterThan(0);
  }
}, 120_000);

test('documents sharing entities and ties, deleted concurrently, leave nothing behind', async () => {
  // Every article names the same partners, so every delete recounts the same nodes and ties;
  // half of them only mention the entities (no tie), half also state ties between them.
  const mentionOnly = (i: number) =>
    i % 2 === 0 ? `重庆大学' OR 1=1 //${i}` : `两江新区\`) DETACH DELETE n //${i}`;
  const withTies = (i: number, round: number) =>
    `戌亥半导体有限公司与子丑大学共建先进封装实验室。戌亥半导体有限公司位于两江新区。第${round}轮第${i}期。`;
  for (let round = 0; round < 3; round++) {
    await resetDatabase();
    const texts = [
      ...Array.from({ length: 18 }, (_, i) => mentionOnly(i + round * 100)),
      ...Array.from({ length: 12 }, (_, i) => withTies(i, round)),
    ];
    const posted = await Promise.all(texts.map((text) => ingest({ text })));
    expect(posted.map((r) => r.status)).toEqual(Array(texts.length).fill(201));
    const statuses = await Promise.all(
      posted.map(
        async (r) =>
          (await fetch(`${app.baseUrl}/api/documents/${r.json.document!.id}`, { method: 'DELETE' }))
            .status,
      ),
    );
    expect(statuses).toEqual(Array(texts.length).fill(204));
    expect([round, await inventory()]).toEqual([round, { nodes: [], rels: [] }]);
  }
}, 120_000);
