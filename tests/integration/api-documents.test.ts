import { request } from '../support/http';
import { startTestApp, type TestApp } from '../support/app';
import { graphFingerprint, resetDatabase } from '../support/db';

const ARTICLE = {
  title: '测试新闻',
  date: '2026-11-01',
  text: '近日，北辰智能科技有限公司与南岭大学共建北辰智能传感实验室。北辰智能科技有限公司位于江北区。',
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ corpus: false, apiToken: 'secret-token' });
});
beforeEach(resetDatabase);
afterAll(async () => app.close());

const auth = { authorization: 'Bearer secret-token' };

interface IngestBody {
  document: { id: string; title: string };
  created: boolean;
  entityIds: string[];
  relationIds: string[];
}

describe('POST /api/documents', () => {
  test('extracts and stores an article, returning what it added', async () => {
    const res = await request<IngestBody>(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: ARTICLE,
      headers: auth,
    });
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(true);
    expect(res.body.document.title).toBe('测试新闻');
    expect(res.body.entityIds.length).toBeGreaterThanOrEqual(3);
    expect(res.body.relationIds.length).toBeGreaterThanOrEqual(2);
    const stats = await request<{
      documents: number;
      relations: { byType: Record<string, number> };
    }>(app.baseUrl, '/api/stats');
    expect(stats.body.documents).toBe(1);
    expect(stats.body.relations.byType.CO_BUILDS).toBeGreaterThanOrEqual(2);
  });

  test('storing the same article again changes nothing and says so', async () => {
    await request(app.baseUrl, '/api/documents', { method: 'POST', body: ARTICLE, headers: auth });
    const before = await graphFingerprint();
    const again = await request<IngestBody>(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: ARTICLE,
      headers: auth,
    });
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(false);
    expect(await graphFingerprint()).toEqual(before);
  });

  test('refuses writes without the token, or with a wrong one', async () => {
    const none = await request<{ error: { code: string } }>(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: ARTICLE,
    });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('UNAUTHORIZED');
    const wrong = await request(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: ARTICLE,
      headers: { authorization: 'Bearer secret-tokeN' },
    });
    expect(wrong.status).toBe(401);
    expect((await graphFingerprint()).nodes).toBe(0);
  });

  test.each([
    ['an empty text', { text: '' }],
    ['whitespace only', { text: '   \n ' }],
    ['a malformed date', { ...ARTICLE, date: '1 Nov' }],
    ['an unknown field', { ...ARTICLE, extra: 1 }],
    ['an unknown language', { ...ARTICLE, lang: 'fr' }],
  ])('refuses %s with a 400 and writes nothing', async (_what, body) => {
    const res = await request<{ error: { code: string } }>(app.baseUrl, '/api/documents', {
      method: 'POST',
      body,
      headers: auth,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION');
    expect((await graphFingerprint()).nodes).toBe(0);
  });

  test('refuses invalid JSON with 400 and an oversized body with 413', async () => {
    const bad = await request<{ error: { code: string } }>(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: '{"text": ',
      headers: auth,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_JSON');
    const huge = await request<{ error: { code: string } }>(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: { text: '字'.repeat(2_000_000) },
      headers: auth,
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('GET and DELETE /api/documents', () => {
  test('lists stored documents, shows what one added, and removes it', async () => {
    const ingest = await request<IngestBody>(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: ARTICLE,
      headers: auth,
    });
    const id = ingest.body.document.id;
    const list = await request<{ documents: { id: string; entityCount: number }[] }>(
      app.baseUrl,
      '/api/documents',
    );
    expect(list.body.documents).toEqual([
      expect.objectContaining({ id, entityCount: ingest.body.entityIds.length }),
    ]);
    const one = await request<{ entities: { id: string }[]; relations: { id: string }[] }>(
      app.baseUrl,
      `/api/documents/${id}`,
    );
    expect(one.body.entities.map((e) => e.id).sort()).toEqual([...ingest.body.entityIds].sort());
    expect(one.body.relations.map((r) => r.id).sort()).toEqual([...ingest.body.relationIds].sort());
    expect((await request(app.baseUrl, `/api/documents/${id}`, { method: 'DELETE' })).status).toBe(
      401,
    );
    expect(
      (await request(app.baseUrl, `/api/documents/${id}`, { method: 'DELETE', headers: auth }))
        .status,
    ).toBe(204);
    expect((await graphFingerprint()).nodes).toBe(0);
    expect((await request(app.baseUrl, `/api/documents/${id}`)).status).toBe(404);
    expect(
      (await request(app.baseUrl, `/api/documents/${id}`, { method: 'DELETE', headers: auth }))
        .status,
    ).toBe(404);
  });
});

describe('POST /api/extract', () => {
  test('previews the extraction without writing anything', async () => {
    const res = await request<{ entities: { name: string }[]; relations: { type: string }[] }>(
      app.baseUrl,
      '/api/extract',
      {
        method: 'POST',
        body: { text: ARTICLE.text },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['北辰智能科技有限公司', '南岭大学']),
    );
    expect(res.body.relations.some((r) => r.type === 'CO_BUILDS')).toBe(true);
    expect((await graphFingerprint()).nodes).toBe(0);
  });
});

describe('GET /api/health and /api/stats', () => {
  test('health says Neo4j is reachable; stats count an empty graph as zero', async () => {
    const health = await request<{ status: string }>(app.baseUrl, '/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const stats = await request<{ entities: { total: number }; documents: number }>(
      app.baseUrl,
      '/api/stats',
    );
    expect(stats.body).toMatchObject({ entities: { total: 0 }, documents: 0 });
  });

  test('an unknown API route is a JSON 404', async () => {
    const res = await request<{ error: { code: string } }>(app.baseUrl, '/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});
