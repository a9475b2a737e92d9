import { searchKeys } from '../../store/pinyinKeys';
import { query } from '../support/db';
import { request } from '../support/http';
import { startTestApp, type TestApp } from '../support/app';
import { entityIdByName } from '../support/sample';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

interface EntityBody {
  entity: {
    id: string;
    name: string;
    type: string;
    aliases: string[];
    documents: { id: string; title: string }[];
  };
  relations: { id: string; type: string; direction: string; other: { name: string } }[];
}
interface EdgeBody {
  edge: { id: string; type: string; source: { name: string }; target: { name: string } };
  evidence: {
    sentence: string;
    title: string;
    highlights: { start: number; end: number; role: string }[];
  }[];
}

describe('GET /api/entities/:id', () => {
  test('returns the entity with its documents and its ties', async () => {
    const id = await entityIdByName('锶盐实验室');
    const res = await request<EntityBody>(app.baseUrl, `/api/entities/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.entity).toMatchObject({ id, name: '锶盐实验室', type: 'Lab' });
    expect(res.body.entity.documents).toHaveLength(1);
    const partners = res.body.relations
      .filter((r) => r.type === 'CO_BUILDS')
      .map((r) => r.other.name);
    expect(partners).toEqual(expect.arrayContaining(['四川轻化工大学', '元泰科技']));
    expect(res.body.relations.every((r) => r.direction === 'in' || r.direction === 'out')).toBe(
      true,
    );
  });

  test('answers 404 with a JSON error for an unknown id and 400 for a malformed one', async () => {
    const missing = await request<{ error: { code: string } }>(
      app.baseUrl,
      '/api/entities/e_ffffffffffffffff',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const bad = await request<{ error: { code: string } }>(
      app.baseUrl,
      `/api/entities/${encodeURIComponent("x' OR 1=1")}`,
    );
    expect(bad.status).toBe(400);
  });
});

describe('GET /api/edges/:id', () => {
  test('returns every sentence that states the tie, with both entities located in it', async () => {
    const lab = await entityIdByName('锶盐实验室');
    const detail = await request<EntityBody>(app.baseUrl, `/api/entities/${lab}`);
    const tie = detail.body.relations.find((r) => r.other.name === '四川轻化工大学');
    expect(tie).toBeDefined();
    const res = await request<EdgeBody>(app.baseUrl, `/api/edges/${tie!.id}`);
    expect(res.status).toBe(200);
    expect(res.body.edge.type).toBe('CO_BUILDS');
    const [first] = res.body.evidence;
    expect(first!.sentence).toContain('共建锶盐实验室');
    const marked = first!.highlights.map((h) => first!.sentence.slice(h.start, h.end));
    expect(marked).toEqual(expect.arrayContaining(['四川轻化工大学', '锶盐实验室']));
    expect(first!.title.length).toBeGreaterThan(0);
  });

  test('answers 404 for an unknown tie', async () => {
    expect((await request(app.baseUrl, '/api/edges/r_0000000000000000')).status).toBe(404);
  });
});

describe('GET /api/search', () => {
  test('finds an entity by its Chinese name, exact match first', async () => {
    const res = await request<{ results: { name: string; match: string }[] }>(
      app.baseUrl,
      `/api/search?q=${encodeURIComponent('四川轻化工大学')}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ name: '四川轻化工大学', match: 'name' });
  });

  test('finds an entity by a part of its name through the cjk index', async () => {
    const res = await request<{ results: { name: string }[] }>(
      app.baseUrl,
      `/api/search?q=${encodeURIComponent('锶盐')}`,
    );
    expect(res.body.results.map((r) => r.name)).toContain('锶盐实验室');
  });

  test('finds entities by pinyin and by initials', async () => {
    const byPinyin = await request<{ results: { name: string; match: string }[] }>(
      app.baseUrl,
      '/api/search?q=sichuan%20daxue',
    );
    expect(byPinyin.body.results.map((r) => r.name)).toContain('四川大学');
    const byInitials = await request<{ results: { name: string; match: string }[] }>(
      app.baseUrl,
      '/api/search?q=scqhgdx',
    );
    expect(byInitials.body.results[0]).toMatchObject({ name: '四川轻化工大学', match: 'initials' });
  });

  test('restricts results to the requested types', async () => {
    const res = await request<{ results: { type: string }[] }>(
      app.baseUrl,
      '/api/search?q=sichuan&types=ResearchTeam',
    );
    expect(res.body.results.length).toBeGreaterThan(0);
    for (const r of res.body.results) expect(r.type).toBe('ResearchTeam');
  });

  test('a type filter finds matches of that type behind many better-scoring other types', async () => {
    // 120 short company names score higher on the term than the one long lab name: a filter
    // applied after a shallow full-text read would find no lab at all.
    const companies = Array.from({ length: 120 }, (_, i) => ({
      id: `srch_c${i}`,
      name: `型测${i}`,
    }));
    await query(
      `CREATE (:Entity:Lab {id: 'srch_lab', name: '型测分析技术研究联合实验室工作站', type: 'Lab',
                            aliases: ['型测分析技术研究联合实验室工作站']})
       WITH 1 AS one
       UNWIND $companies AS c
       CREATE (:Entity:Company {id: c.id, name: c.name, type: 'Company', aliases: [c.name]})`,
      { companies },
    );
    try {
      const all = await request<{ results: { id: string }[] }>(
        app.baseUrl,
        `/api/search?q=${encodeURIComponent('型测')}&limit=5`,
      );
      expect(all.body.results.map((r) => r.id)).not.toContain('srch_lab');
      const labs = await request<{ results: { id: string; type: string }[] }>(
        app.baseUrl,
        `/api/search?q=${encodeURIComponent('型测')}&types=Lab&limit=5`,
      );
      expect(labs.status).toBe(200);
      expect(labs.body.results.map((r) => r.id)).toEqual(['srch_lab']);
      const some = await request<{ results: { type: string }[] }>(
        app.baseUrl,
        `/api/search?q=${encodeURIComponent('型测')}&types=Company&limit=50`,
      );
      expect(some.body.results).toHaveLength(50);
      for (const r of some.body.results) expect(r.type).toBe('Company');
    } finally {
      await query("MATCH (n:Entity) WHERE n.id STARTS WITH 'srch_' DETACH DELETE n");
    }
  });

  test('ranks a whole pinyin or initials match above many prefix matches', async () => {
    // 60 well-documented names whose pinyin and initials start with the query, and one name
    // whose whole pinyin and initials are the query (never documented): it must come first.
    const names = [
      ...Array.from({ length: 60 }, (_, i) => ({
        id: `pyr_${i}`,
        name: `测拼大学第${'一二三四五六七八九十'[i % 10]}${'甲乙丙丁戊己'[Math.floor(i / 10)]}分校`,
        documentCount: 10,
      })),
      { id: 'pyr_exact', name: '测拼大学', documentCount: 0 },
    ].map((e) => ({ ...e, searchKeys: searchKeys([e.name]) }));
    await query(
      `UNWIND $names AS e
       CREATE (:Entity:University {id: e.id, name: e.name, type: 'University', aliases: [e.name],
               documentCount: e.documentCount,
               searchKeys: e.searchKeys})`,
      { names },
    );
    try {
      const byPinyin = await request<{ results: { id: string; match: string }[] }>(
        app.baseUrl,
        '/api/search?q=ce%20pin%20da%20xue&limit=5',
      );
      expect(byPinyin.body.results[0]).toMatchObject({ id: 'pyr_exact', match: 'pinyin' });
      expect(byPinyin.body.results).toHaveLength(5);
      const byInitials = await request<{ results: { id: string; match: string }[] }>(
        app.baseUrl,
        '/api/search?q=cpdx&limit=5',
      );
      expect(byInitials.body.results[0]).toMatchObject({ id: 'pyr_exact', match: 'initials' });
      expect(byInitials.body.results).toHaveLength(5);
    } finally {
      await query("MATCH (n:Entity) WHERE n.id STARTS WITH 'pyr_' DETACH DELETE n");
    }
  });

  test('treats Lucene syntax in the query as plain text', async () => {
    const res = await request(
      app.baseUrl,
      `/api/search?q=${encodeURIComponent('大学 AND (x OR "y") ~2 *')}`,
    );
    expect(res.status).toBe(200);
  });

  test('refuses a missing or oversized query', async () => {
    expect((await request(app.baseUrl, '/api/search')).status).toBe(400);
    expect((await request(app.baseUrl, `/api/search?q=${'a'.repeat(101)}`)).status).toBe(400);
  });
});
