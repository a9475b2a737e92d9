import { request } from '../support/http';
import { startTestApp, type TestApp } from '../support/app';
import { query } from '../support/db';
import { entityIdByName } from '../support/sample';

interface Elements {
  nodes: { data: { id: string; label: string; type: string } }[];
  edges: { data: { id: string; source: string; target: string; type: string } }[];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

describe('GET /api/graph', () => {
  test('returns the sample graph as Cytoscape elements whose edges connect returned nodes', async () => {
    const res = await request<{ elements: Elements; truncated: boolean }>(
      app.baseUrl,
      '/api/graph',
    );
    expect(res.status).toBe(200);
    const { nodes, edges } = res.body.elements;
    expect(nodes.length).toBeGreaterThan(20);
    expect(edges.length).toBeGreaterThan(10);
    const ids = new Set(nodes.map((n) => n.data.id));
    for (const e of edges) {
      expect(ids.has(e.data.source)).toBe(true);
      expect(ids.has(e.data.target)).toBe(true);
    }
    expect(res.body.truncated).toBe(false);
  });

  test('filters by entity type and relationship type', async () => {
    const res = await request<{ elements: Elements }>(
      app.baseUrl,
      '/api/graph?types=University,Lab&relations=CO_BUILDS',
    );
    expect(res.status).toBe(200);
    expect(res.body.elements.nodes.length).toBeGreaterThan(0);
    for (const n of res.body.elements.nodes) expect(['University', 'Lab']).toContain(n.data.type);
    for (const e of res.body.elements.edges) expect(e.data.type).toBe('CO_BUILDS');
  });

  test('caps the node count and says the answer was truncated', async () => {
    const res = await request<{ elements: Elements; truncated: boolean; total: number }>(
      app.baseUrl,
      '/api/graph?limit=5',
    );
    expect(res.body.elements.nodes).toHaveLength(5);
    expect(res.body.truncated).toBe(true);
    expect(res.body.total).toBeGreaterThan(5);
  });

  test.each([
    ['an unknown entity type', '?types=Company,Spaceship'],
    ['a relationship type outside the allowlist', '?relations=CO_BUILDS%60]-()%20DETACH%20DELETE'],
    ['a limit above the cap', '?limit=1000000'],
    ['a confidence above 1', '?minConfidence=2'],
    ['an unknown parameter', '?foo=bar'],
  ])('refuses %s with a 400 JSON error', async (_what, qs) => {
    const res = await request<{ error: { code: string; message: string } }>(
      app.baseUrl,
      `/api/graph${qs}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION');
    expect(res.body.error.message.length).toBeGreaterThan(0);
  });
});

describe('GET /api/entities/:id/neighbourhood', () => {
  test('expands one hop around an entity and includes the centre', async () => {
    const id = await entityIdByName('锶盐实验室');
    const res = await request<{ centre: string; elements: Elements; omitted: number }>(
      app.baseUrl,
      `/api/entities/${id}/neighbourhood?depth=1`,
    );
    expect(res.status).toBe(200);
    const labels = res.body.elements.nodes.map((n) => n.data.label);
    expect(labels).toEqual(expect.arrayContaining(['锶盐实验室', '四川轻化工大学', '元泰科技']));
    expect(res.body.omitted).toBe(0);
  });

  test('reports how many neighbours the cap left out', async () => {
    const id = await entityIdByName('锶盐实验室');
    const full = await request<{ elements: Elements }>(
      app.baseUrl,
      `/api/entities/${id}/neighbourhood?depth=2&limit=500`,
    );
    const total = full.body.elements.nodes.length - 1;
    expect(total).toBeGreaterThan(1);
    const capped = await request<{ elements: Elements; omitted: number }>(
      app.baseUrl,
      `/api/entities/${id}/neighbourhood?depth=2&limit=1`,
    );
    expect(capped.body.elements.nodes).toHaveLength(2);
    expect(capped.body.omitted).toBe(total - 1);
  });

  test('depth 1 returns every entity tied to the centre when under the cap', async () => {
    const id = await entityIdByName('四川轻化工大学');
    const expected = await query<{ id: string }>(
      'MATCH (:Entity {id: $id})-[r]-(b:Entity) WHERE type(r) <> "MENTIONS" RETURN DISTINCT b.id AS id',
      { id },
    );
    const res = await request<{ elements: Elements; omitted: number }>(
      app.baseUrl,
      `/api/entities/${id}/neighbourhood?depth=1&limit=500`,
    );
    const ids = res.body.elements.nodes.map((n) => n.data.id).filter((x) => x !== id);
    expect(ids.sort()).toEqual(expected.map((r) => r.id).sort());
    expect(res.body.omitted).toBe(0);
  });

  test('depth 2 includes the ties among the first ring, not only those to the centre', async () => {
    // A small star whose first ring holds a tie of its own (x–y), written straight to the store.
    await query(
      `CREATE (c:Entity:Company {id: 'ring_c', name: '环测试中心', type: 'Company', documentCount: 1})
       CREATE (x:Entity:Lab {id: 'ring_x', name: '环测试甲', type: 'Lab', documentCount: 3})
       CREATE (y:Entity:Lab {id: 'ring_y', name: '环测试乙', type: 'Lab', documentCount: 2})
       CREATE (z:Entity:Company {id: 'ring_z', name: '环测试丙', type: 'Company', documentCount: 1})
       CREATE (c)-[:CO_BUILDS {id: 'ring_cx', confidence: 0.9}]->(x)
       CREATE (c)-[:CO_BUILDS {id: 'ring_cy', confidence: 0.9}]->(y)
       CREATE (x)-[:SUPPORTS {id: 'ring_xy', confidence: 0.9}]->(y)
       CREATE (y)-[:TRANSFERS_TO {id: 'ring_yz', confidence: 0.9}]->(z)`,
    );
    try {
      const res = await request<{ elements: Elements; omitted: number }>(
        app.baseUrl,
        '/api/entities/ring_c/neighbourhood?depth=2&limit=500',
      );
      expect(res.status).toBe(200);
      const nodeIds = res.body.elements.nodes.map((n) => n.data.id).sort();
      expect(nodeIds).toEqual(['ring_c', 'ring_x', 'ring_y', 'ring_z']);
      const edgeIds = res.body.elements.edges.map((e) => e.data.id).sort();
      expect(edgeIds).toEqual(['ring_cx', 'ring_cy', 'ring_xy', 'ring_yz']);
      expect(res.body.omitted).toBe(0);
      // With room for two, the best-documented neighbours are kept and the rest counted.
      const capped = await request<{ elements: Elements; omitted: number }>(
        app.baseUrl,
        '/api/entities/ring_c/neighbourhood?depth=2&limit=1',
      );
      expect(capped.body.elements.nodes.map((n) => n.data.id).sort()).toEqual(['ring_c', 'ring_x']);
      expect(capped.body.omitted).toBe(1 + 1);
    } finally {
      await query("MATCH (n:Entity) WHERE n.id STARTS WITH 'ring_' DETACH DELETE n");
    }
  });

  test('around hubs, depth 2 reads a fan-out only but misses no tie between returned entities', async () => {
    // Centre c ties to two hubs (h1, h2, tied to each other) and to x (tied to h2). h1 has 80
    // leaves, h2 has 70 of its own and shares 20 of h1's; x has 2 leaves of its own. With limit=10
    // the second level has 7 places, so each hub (more ties than the fan-out) is read in part.
    await query(
      `CREATE (c:Entity:Company {id: 'hub_c', name: '枢纽测试中心', type: 'Company', documentCount: 1})
       CREATE (h1:Entity:District {id: 'hub_h1', name: '枢纽测试甲区', type: 'District', documentCount: 1})
       CREATE (h2:Entity:District {id: 'hub_h2', name: '枢纽测试乙区', type: 'District', documentCount: 1})
       CREATE (x:Entity:Lab {id: 'hub_x', name: '枢纽测试实验室', type: 'Lab', documentCount: 1})
       CREATE (c)-[:LOCATED_IN {id: 'hub_r_c1', confidence: 0.9}]->(h1)
       CREATE (c)-[:SUPPORTS {id: 'hub_r_c2', confidence: 0.9}]->(h2)
       CREATE (c)-[:CO_BUILDS {id: 'hub_r_cx', confidence: 0.9}]->(x)
       CREATE (h1)-[:PART_OF {id: 'hub_r_12', confidence: 0.9}]->(h2)
       CREATE (x)-[:SUPPORTS {id: 'hub_r_x2', confidence: 0.9}]->(h2)
       WITH h1, h2, x
       UNWIND range(1, 152) AS i
       CREATE (l:Entity:Company {id: 'hub_l' + i, name: '枢纽测试企业' + i, type: 'Company',
                                 documentCount: i % 7})
       FOREACH (_ IN CASE WHEN i <= 80 THEN [1] ELSE [] END |
         CREATE (l)-[:LOCATED_IN {id: 'hub_r1_' + i, confidence: 0.9}]->(h1))
       FOREACH (_ IN CASE WHEN i > 60 AND i <= 150 THEN [1] ELSE [] END |
         CREATE (l)-[:LOCATED_IN {id: 'hub_r2_' + i, confidence: 0.9}]->(h2))
       FOREACH (_ IN CASE WHEN i > 150 THEN [1] ELSE [] END |
         CREATE (x)-[:TRANSFERS_TO {id: 'hub_rx_' + i, confidence: 0.9}]->(l))`,
    );
    try {
      const res = await request<{ elements: Elements; omitted: number }>(
        app.baseUrl,
        '/api/entities/hub_c/neighbourhood?depth=2&limit=10',
      );
      expect(res.status).toBe(200);
      const ids = res.body.elements.nodes.map((n) => n.data.id);
      expect(ids).toHaveLength(11);
      expect(ids).toEqual(expect.arrayContaining(['hub_c', 'hub_h1', 'hub_h2', 'hub_x']));
      // Leaves are never tied to each other: every stored tie among the returned entities is here.
      const stored = await query<{ id: string }>(
        `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id`,
        { ids },
      );
      const returned = res.body.elements.edges.map((e) => e.data.id).sort();
      expect(returned).toEqual(stored.map((r) => r.id).sort());
      expect(returned).toEqual(expect.arrayContaining(['hub_r_12', 'hub_r_x2']));
      // 152 leaves reached at the second level (none through both x and a hub), 7 placed.
      expect(res.body.omitted).toBe(152 - 7);
    } finally {
      await query("MATCH (n:Entity) WHERE n.id STARTS WITH 'hub_' DETACH DELETE n");
    }
  });

  test('answers 404 for an entity that does not exist and 400 for depth 4', async () => {
    expect(
      (await request(app.baseUrl, '/api/entities/e_0000000000000000/neighbourhood')).status,
    ).toBe(404);
    const id = await entityIdByName('锶盐实验室');
    expect((await request(app.baseUrl, `/api/entities/${id}/neighbourhood?depth=4`)).status).toBe(
      400,
    );
  });
});
