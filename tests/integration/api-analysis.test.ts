import fs from 'node:fs';
import path from 'node:path';
import { RELATION_TYPES } from '../../graph/ontology';
import { PROJECT_ROOT } from '../../runtime/paths';
import { forgetGraphVersion } from '../../store/analytics/graphVersion';
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

  interface FlowsBody {
    method: string;
    elements: {
      nodes: { data: { id: string; label: string; entities: number; internal: number } }[];
      edges: {
        data: { source: string; target: string; count: number; byType: Record<string, number> };
      }[];
    };
  }

  test('keeps the heaviest flows up to the limit and says how many were left out', async () => {
    // Two ties cross from A to C, one from B to C (the sample corpus alone has no flow).
    await query(
      `CREATE (a:Entity:District {id: 'flowl_a', name: '限测甲区', type: 'District'})
       CREATE (b:Entity:District {id: 'flowl_b', name: '限测乙区', type: 'District'})
       CREATE (c:Entity:District {id: 'flowl_c', name: '限测丙区', type: 'District'})
       CREATE (p:Entity:Company {id: 'flowl_p', name: '限测甲公司', type: 'Company'})-[:LOCATED_IN {id: 'flowl_pa', evidenceCount: 1}]->(a)
       CREATE (q:Entity:Company {id: 'flowl_q', name: '限测乙公司', type: 'Company'})-[:LOCATED_IN {id: 'flowl_qa', evidenceCount: 1}]->(a)
       CREATE (s:Entity:Company {id: 'flowl_s', name: '限测丙公司', type: 'Company'})-[:LOCATED_IN {id: 'flowl_sb', evidenceCount: 1}]->(b)
       CREATE (r:Entity:Lab {id: 'flowl_r', name: '限测实验室', type: 'Lab'})-[:LOCATED_IN {id: 'flowl_rc', evidenceCount: 1}]->(c)
       CREATE (p)-[:CO_BUILDS {id: 'flowl_pr'}]->(r)
       CREATE (q)-[:SUPPORTS {id: 'flowl_qr'}]->(r)
       CREATE (s)-[:CO_BUILDS {id: 'flowl_sr'}]->(r)`,
    );
    forgetGraphVersion();
    type Body = FlowsBody & { edgesTotal: number; edgesOmitted: number };
    try {
      const all = await request<Body>(app.baseUrl, '/api/districts/flows?limit=100000');
      expect(all.status).toBe(200);
      expect(all.body.edgesOmitted).toBe(0);
      expect(all.body.edgesTotal).toBe(all.body.elements.edges.length);
      const ac = all.body.elements.edges.find((e) => e.data.source === 'flowl_a')?.data;
      expect(ac).toMatchObject({
        target: 'flowl_c',
        count: 2,
        byType: { CO_BUILDS: 1, SUPPORTS: 1 },
      });
      const counts = all.body.elements.edges.map((e) => e.data.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const one = await request<Body>(app.baseUrl, '/api/districts/flows?limit=1');
      expect(one.body.elements.edges).toHaveLength(1);
      expect(one.body.elements.edges[0]!.data.count).toBe(Math.max(...counts));
      expect(one.body.edgesOmitted).toBe(all.body.edgesTotal - 1);
      expect(one.body.edgesOmitted).toBeGreaterThan(0);
      const heavy = await request<Body>(app.baseUrl, '/api/districts/flows?minCount=2');
      expect(heavy.body.edgesTotal).toBe(counts.filter((c) => c >= 2).length);
      expect(heavy.body.elements.edges.some((e) => e.data.source === 'flowl_b')).toBe(false);
    } finally {
      await query("MATCH (n:Entity) WHERE n.id STARTS WITH 'flowl_' DETACH DELETE n");
      forgetGraphVersion();
    }
    for (const bad of ['limit=0', 'limit=100001', 'minCount=0', 'x=1'])
      expect((await request(app.baseUrl, `/api/districts/flows?${bad}`)).status).toBe(400);
  });

  test('counts an entity located in two districts once, in its best-evidenced district', async () => {
    // x is located in A by three sentences and in B by one (more confident) sentence; y in C
    // by one. Their one co-build is one flow A → C, none from B. z is in A and B by one
    // sentence each: the more confident tie (B) is its home, so z → y is one flow B → C.
    await query(
      `CREATE (a:Entity:District {id: 'flowt_a', name: '流测甲区', type: 'District'})
       CREATE (b:Entity:District {id: 'flowt_b', name: '流测乙区', type: 'District'})
       CREATE (c:Entity:District {id: 'flowt_c', name: '流测丙区', type: 'District'})
       CREATE (x:Entity:Company {id: 'flowt_x', name: '流测公司', type: 'Company'})
       CREATE (y:Entity:Lab {id: 'flowt_y', name: '流测实验室', type: 'Lab'})
       CREATE (z:Entity:University {id: 'flowt_z', name: '流测大学', type: 'University'})
       CREATE (x)-[:LOCATED_IN {id: 'flowt_xa', evidenceCount: 3, confidence: 0.9}]->(a)
       CREATE (x)-[:LOCATED_IN {id: 'flowt_xb', evidenceCount: 1, confidence: 0.99}]->(b)
       CREATE (y)-[:LOCATED_IN {id: 'flowt_yc', evidenceCount: 1, confidence: 0.9}]->(c)
       CREATE (z)-[:LOCATED_IN {id: 'flowt_za', evidenceCount: 1, confidence: 0.6}]->(a)
       CREATE (z)-[:LOCATED_IN {id: 'flowt_zb', evidenceCount: 1, confidence: 0.8}]->(b)
       CREATE (x)-[:CO_BUILDS {id: 'flowt_xy', evidenceCount: 1, confidence: 0.9}]->(y)
       CREATE (z)-[:CO_BUILDS {id: 'flowt_zy', evidenceCount: 1, confidence: 0.9}]->(y)`,
    );
    forgetGraphVersion();
    let body: FlowsBody;
    try {
      const res = await request<FlowsBody>(app.baseUrl, '/api/districts/flows');
      expect(res.status).toBe(200);
      body = res.body;
    } finally {
      await query("MATCH (n:Entity) WHERE n.id STARTS WITH 'flowt_' DETACH DELETE n");
      forgetGraphVersion();
    }
    const edge = (from: string, to: string) =>
      body.elements.edges.find((e) => e.data.source === from && e.data.target === to)?.data;
    expect(edge('flowt_a', 'flowt_c')).toMatchObject({ count: 1, byType: { CO_BUILDS: 1 } });
    expect(edge('flowt_b', 'flowt_c')).toMatchObject({ count: 1, byType: { CO_BUILDS: 1 } });
    expect(body.elements.edges.filter((e) => e.data.source.startsWith('flowt_'))).toHaveLength(2);
    const node = (id: string) => body.elements.nodes.find((n) => n.data.id === id)?.data;
    expect(node('flowt_a')?.entities).toBe(1);
    expect(node('flowt_b')?.entities).toBe(1);
    expect(node('flowt_c')?.entities).toBe(1);
    expect(body.method).toMatch(/best-evidenced LOCATED_IN/);
  });

  test('flows follow a newly loaded document', async () => {
    const district = async (name: string) =>
      (
        await query<{ id: string }>('MATCH (d:District) WHERE d.name = $name RETURN d.id AS id', {
          name,
        })
      )[0]?.id;
    const flowCount = async (): Promise<number> => {
      const res = await request<FlowsBody>(app.baseUrl, '/api/districts/flows');
      expect(res.status).toBe(200);
      const from = await district('渝北区');
      const to = await district('江北区');
      return (
        res.body.elements.edges.find((e) => e.data.source === from && e.data.target === to)?.data
          .count ?? 0
      );
    };
    const before = await flowCount();
    // A company in one district co-builds a lab in another: one more tie crosses that border.
    const posted = await request<{ document: { id: string } }>(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: {
        title: '流向测试',
        text:
          '北辰智能科技有限公司位于渝北区。北辰智能科技有限公司与南岭大学共建北辰智能传感实验室。' +
          '北辰智能传感实验室位于江北区。',
      },
    });
    expect(posted.status).toBe(201);
    try {
      expect(await flowCount()).toBe(before + 1);
    } finally {
      await request(app.baseUrl, `/api/documents/${posted.body.document.id}`, {
        method: 'DELETE',
      });
    }
    expect(await flowCount()).toBe(before);
  });
});
