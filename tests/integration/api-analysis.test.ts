import fs from 'node:fs';
import path from 'node:path';
import { RELATION_TYPES } from '../../graph/ontology';
import { PROJECT_ROOT } from '../../runtime/paths';
import { query } from '../support/db';
import { request } from '../support/http';
import { startTestApp, type TestApp } from '../support/app';
import { entityIdByName } from '../support/sample';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

interface PathsBody {
  paths: {
    rank: number;
    length: number;
    nodes: string[];
    edges: string[];
    hops: {
      edge: { type: string; source: string; target: string };
      evidence: { sentence: string }[];
    }[];
  }[];
  elements: { nodes: { data: { id: string; label: string; district?: string } }[] };
}

describe('GET /api/paths', () => {
  test('finds 四川轻化工大学 → 锶盐实验室 → 元泰科技 with the sentence for each hop', async () => {
    const from = await entityIdByName('四川轻化工大学');
    const to = await entityIdByName('元泰科技');
    const lab = await entityIdByName('锶盐实验室');
    const res = await request<PathsBody>(app.baseUrl, `/api/paths?from=${from}&to=${to}&k=3`);
    expect(res.status).toBe(200);
    const best = res.body.paths[0]!;
    expect(best.rank).toBe(1);
    expect(best.nodes).toEqual([from, lab, to]);
    for (const hop of best.hops) {
      expect(hop.edge.type).toBe('CO_BUILDS');
      expect(hop.evidence[0]!.sentence).toContain('锶盐实验室');
    }
  });

  test('never crosses an avoided entity', async () => {
    const from = await entityIdByName('四川轻化工大学');
    const to = await entityIdByName('元泰科技');
    const lab = await entityIdByName('锶盐实验室');
    const res = await request<PathsBody>(
      app.baseUrl,
      `/api/paths?from=${from}&to=${to}&avoid=${lab}&maxHops=6`,
    );
    expect(res.status).toBe(200);
    for (const p of res.body.paths) expect(p.nodes).not.toContain(lab);
  });

  test('returns k routes, shortest first, each a chain of ties from one end to the other', async () => {
    // Two ends joined by two 2-hop routes and one 3-hop route, written straight to the store:
    // k=3 must bring back all three, shortest and most confident first.
    await query(
      `CREATE (a:Entity:University {id: 'route_a', name: '路测试大学', type: 'University'})
       CREATE (b:Entity:Company {id: 'route_b', name: '路测试公司', type: 'Company'})
       CREATE (m:Entity:Lab {id: 'route_m', name: '路测试甲', type: 'Lab'})
       CREATE (n:Entity:Lab {id: 'route_n', name: '路测试乙', type: 'Lab'})
       CREATE (p:Entity:Lab {id: 'route_p', name: '路测试丙', type: 'Lab'})
       CREATE (q:Entity:Lab {id: 'route_q', name: '路测试丁', type: 'Lab'})
       CREATE (a)-[:CO_BUILDS {id: 'route_am', confidence: 0.9}]->(m)-[:CO_BUILDS {id: 'route_mb', confidence: 0.9}]->(b)
       CREATE (a)-[:CO_BUILDS {id: 'route_an', confidence: 0.5}]->(n)-[:CO_BUILDS {id: 'route_nb', confidence: 0.5}]->(b)
       CREATE (a)-[:SUPPORTS {id: 'route_ap', confidence: 0.9}]->(p)-[:SUPPORTS {id: 'route_pq', confidence: 0.9}]->(q)-[:SUPPORTS {id: 'route_qb', confidence: 0.9}]->(b)`,
    );
    const from = 'route_a';
    const to = 'route_b';
    let paths: PathsBody['paths'];
    try {
      const res = await request<PathsBody>(
        app.baseUrl,
        `/api/paths?from=${from}&to=${to}&k=3&maxHops=6`,
      );
      expect(res.status).toBe(200);
      paths = res.body.paths;
      const barred = await request<PathsBody>(
        app.baseUrl,
        `/api/paths?from=${from}&to=${to}&k=3&maxHops=2&relations=SUPPORTS`,
      );
      expect(barred.body.paths).toEqual([]);
    } finally {
      await query("MATCH (n:Entity) WHERE n.id STARTS WITH 'route_' DETACH DELETE n");
    }
    expect(paths.map((p) => p.nodes)).toEqual([
      ['route_a', 'route_m', 'route_b'],
      ['route_a', 'route_n', 'route_b'],
      ['route_a', 'route_p', 'route_q', 'route_b'],
    ]);
  });

  test('never crosses an entity located in an avoided district', async () => {
    const from = await entityIdByName('四川轻化工大学');
    const to = await entityIdByName('元泰科技');
    const lab = await entityIdByName('锶盐实验室');
    const [row] = await query<{ district: string | null }>(
      'MATCH (:Entity {id: $lab})-[:LOCATED_IN]->(d:District) RETURN d.id AS district LIMIT 1',
      { lab },
    );
    expect(row?.district).toBeTruthy();
    const res = await request<PathsBody>(
      app.baseUrl,
      `/api/paths?from=${from}&to=${to}&avoid=${row!.district}&maxHops=6`,
    );
    expect(res.status).toBe(200);
    const located = await query<{ id: string }>(
      'MATCH (e:Entity)-[:LOCATED_IN]->(:District {id: $d}) RETURN e.id AS id',
      { d: row!.district },
    );
    const barred = new Set([row!.district, ...located.map((r) => r.id)]);
    for (const p of res.body.paths)
      for (const n of p.nodes.slice(1, -1)) expect(barred.has(n)).toBe(false);
  });

  test('the path search walks every relationship type of the ontology', () => {
    const text = fs.readFileSync(
      path.join(PROJECT_ROOT, 'cypher', 'queries', 'paths.cypher'),
      'utf8',
    );
    const listed = /\[rs:([A-Z_|]+)\*/.exec(text)?.[1]?.split('|') ?? [];
    expect([...listed].sort()).toEqual([...RELATION_TYPES].sort());
  });

  test('returns no path when the allowed relationship types cannot connect them', async () => {
    const from = await entityIdByName('四川轻化工大学');
    const to = await entityIdByName('元泰科技');
    const res = await request<PathsBody>(
      app.baseUrl,
      `/api/paths?from=${from}&to=${to}&relations=TRANSFERS_TO`,
    );
    expect(res.body.paths).toEqual([]);
  });

  test('refuses k above the cap and unknown endpoints', async () => {
    const from = await entityIdByName('四川轻化工大学');
    expect((await request(app.baseUrl, `/api/paths?from=${from}&to=${from}&k=50`)).status).toBe(
      400,
    );
    expect(
      (await request(app.baseUrl, `/api/paths?from=${from}&to=e_0000000000000000`)).status,
    ).toBe(404);
    expect((await request(app.baseUrl, `/api/paths?from=${from}`)).status).toBe(400);
  });
});

describe('GET /api/hubs', () => {
  test.each(['degree', 'betweenness', 'pagerank', 'bridging'])(
    'ranks entities by %s and says how',
    async (metric) => {
      const res = await request<{
        metric: string;
        method: string;
        results: { score: number; name: string }[];
      }>(app.baseUrl, `/api/hubs?metric=${metric}&limit=10`);
      expect(res.status).toBe(200);
      expect(res.body.metric).toBe(metric);
      expect(res.body.method.length).toBeGreaterThan(10);
      const scores = res.body.results.map((r) => r.score);
      expect(scores.length).toBeGreaterThan(0);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    },
  );

  test('the lab co-built by a company and a university is a betweenness broker', async () => {
    const res = await request<{ results: { name: string; score: number }[] }>(
      app.baseUrl,
      '/api/hubs?metric=betweenness&limit=200',
    );
    const lab = res.body.results.find((r) => r.name === '锶盐实验室');
    expect(lab?.score).toBeGreaterThan(0);
  });

  test('filters by type and refuses unknown metrics', async () => {
    const res = await request<{ results: { type: string }[] }>(
      app.baseUrl,
      '/api/hubs?metric=degree&types=University',
    );
    for (const r of res.body.results) expect(r.type).toBe('University');
    expect((await request(app.baseUrl, '/api/hubs?metric=closeness')).status).toBe(400);
  });
});

describe('GET /api/chains', () => {
  test('lists the chain templates', async () => {
    const res = await request<{ patterns: { id: string }[] }>(app.baseUrl, '/api/chains');
    expect(res.body.patterns.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'transfer-to-company',
        'introduce-cobuild',
        'team-supports-company',
        'school-company-cobuild',
      ]),
    );
  });

  test('finds school–company co-build chains in the sample, with evidence per hop', async () => {
    const res = await request<{
      chains: { nodes: string[]; hops: { evidence: { sentence: string }[] }[] }[];
    }>(app.baseUrl, '/api/chains?pattern=school-company-cobuild');
    expect(res.status).toBe(200);
    expect(res.body.chains.length).toBeGreaterThan(0);
    const lab = await entityIdByName('锶盐实验室');
    expect(res.body.chains.some((c) => c.nodes.includes(lab))).toBe(true);
    for (const c of res.body.chains)
      for (const h of c.hops) expect(h.evidence.length).toBeGreaterThan(0);
  });

  test('refuses an unknown template', async () => {
    expect((await request(app.baseUrl, '/api/chains?pattern=MATCH')).status).toBe(400);
  });
});

describe('GET /api/districts/flows', () => {
  test('returns district nodes and cross-district edges with counts', async () => {
    const res = await request<{
      elements: {
        nodes: { data: { id: string; label: string } }[];
        edges: { data: { source: string; target: string; count: number } }[];
      };
    }>(app.baseUrl, '/api/districts/flows');
    expect(res.status).toBe(200);
    const labels = res.body.elements.nodes.map((n) => n.data.label);
    expect(labels).toEqual(expect.arrayContaining(['璧山区', '合川区']));
    const ids = new Set(res.body.elements.nodes.map((n) => n.data.id));
    for (const e of res.body.elements.edges) {
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
      expect(e.data.source).not.toBe(e.data.target);
      expect(e.data.count).toBeGreaterThan(0);
    }
  });
});
