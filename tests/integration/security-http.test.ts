import { graphFingerprint, query } from '../support/db';
import { startTestApp, type TestApp } from '../support/app';
import { QueryTimeoutError } from '../../store/errors';
import { readTx, TX_DEFAULTS } from '../../store/session';

/** Write token, CORS, security headers, and the caps that keep one request from exhausting the server. */

const TOKEN = 'a-long-enough-test-token-0123456789';
const ARTICLE = { text: '卯辰量子科技有限公司与巳午大学共建量子计算实验室。', title: 'token test' };

async function post(
  app: TestApp,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('writes when INNOCHAIN_API_TOKEN is set', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ apiToken: TOKEN });
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  test('ingest and delete are refused with 401 without the token or with a wrong one, and write nothing', async () => {
    const before = await graphFingerprint();
    const [doc] = await query<{ id: string }>('MATCH (d:Document) RETURN d.id AS id LIMIT 1');
    const wrong: Record<string, string>[] = [
      {},
      { Authorization: '' },
      { Authorization: 'Bearer' },
      { Authorization: 'Bearer ' },
      { Authorization: `Bearer ${TOKEN}x` },
      { Authorization: `Bearer ${TOKEN.slice(0, -1)}` },
      { Authorization: `Bearer ${TOKEN.toUpperCase()}` },
      { Authorization: `Bearer ${'x'.repeat(10_000)}` },
      { Authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}` },
      { Authorization: TOKEN },
      { Authorization: `bearer ${TOKEN}` },
      { 'X-Api-Token': TOKEN },
    ];
    for (const headers of wrong) {
      const res = await post(app, '/api/documents', ARTICLE, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
      const del = await fetch(`${app.baseUrl}/api/documents/${doc!.id}`, {
        method: 'DELETE',
        headers,
      });
      expect(del.status).toBe(401);
    }
    expect(await graphFingerprint()).toEqual(before);
  });

  test('ingest and delete succeed with the token; reads never need it', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const created = await post(app, '/api/documents', ARTICLE, auth);
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: { id: string } };
    expect((await fetch(`${app.baseUrl}/api/documents/${document.id}`)).status).toBe(200);
    expect((await fetch(`${app.baseUrl}/api/search?q=${encodeURIComponent('卯辰')}`)).status).toBe(
      200,
    );
    const del = await fetch(`${app.baseUrl}/api/documents/${document.id}`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(del.status).toBe(204);
    expect((await fetch(`${app.baseUrl}/api/documents/${document.id}`)).status).toBe(404);
  });
});

describe('HTTP hardening', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  test('CORS is closed: no Access-Control-Allow-* header for a foreign origin, preflight included', async () => {
    const origin = { Origin: 'https://evil.example' };
    const get = await fetch(`${app.baseUrl}/api/stats`, { headers: origin });
    expect(get.status).toBe(200);
    const preflight = await fetch(`${app.baseUrl}/api/documents`, {
      method: 'OPTIONS',
      headers: {
        ...origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    const posted = await post(app, '/api/extract', ARTICLE, origin);
    for (const res of [get, preflight, posted]) {
      const names = [...res.headers.keys()];
      expect(names.filter((n) => n.startsWith('access-control-'))).toEqual([]);
    }
  });

  test('security headers: a CSP without inline or eval scripts, nosniff, no framing, no X-Powered-By', async () => {
    for (const path of ['/api/stats', '/api/nope', '/']) {
      const res = await fetch(`${app.baseUrl}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((parts) => parts[0])
          .map((parts) => [parts[0]!, parts.slice(1)]),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain('*');
      expect(scripts).not.toContain('data:');
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  test('bodies over the 4 MB limit are refused with 413 and a JSON error', async () => {
    const res = await post(app, '/api/extract', { text: 'a'.repeat(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  test('oversized asks (k=50 paths, limit=10^6, depth 4, 9 hops) are refused with 400', async () => {
    const [a, b] = await query<{ id: string }>(
      'MATCH (e:Entity) RETURN e.id AS id ORDER BY e.id LIMIT 2',
    );
    const asks = [
      `/api/paths?from=${a!.id}&to=${b!.id}&k=50`,
      `/api/paths?from=${a!.id}&to=${b!.id}&maxHops=9`,
      `/api/paths?from=${a!.id}&to=${b!.id}&avoid=${Array.from({ length: 101 }, (_, i) => `e_${i}`).join(',')}`,
      '/api/graph?limit=1000000',
      '/api/hubs?limit=1000000',
      '/api/search?q=a&limit=1000000',
      '/api/chains?pattern=transfer-to-company&limit=1000000',
      '/api/documents?limit=1000000',
      `/api/entities/${a!.id}/neighbourhood?limit=1000000`,
      `/api/entities/${a!.id}/neighbourhood?depth=4`,
      `/api/entities/${a!.id}/neighbourhood?depth=1000000`,
    ];
    for (const ask of asks) {
      const res = await fetch(`${app.baseUrl}${ask}`);
      expect([ask, res.status]).toEqual([ask, 400]);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION');
    }
  });

  test('the largest allowed asks are capped: depth 3 around the biggest hub, 10 paths, 5,000 nodes', async () => {
    const [hub] = await query<{ id: string; degree: number }>(
      'MATCH (e:Entity) RETURN e.id AS id, COUNT { (e)--(:Entity) } AS degree ORDER BY degree DESC LIMIT 1',
    );
    const [far] = await query<{ id: string }>(
      'MATCH (e:Entity) WHERE e.id <> $id RETURN e.id AS id ORDER BY COUNT { (e)--(:Entity) } DESC LIMIT 1',
      { id: hub!.id },
    );
    const deep = await fetch(
      `${app.baseUrl}/api/entities/${hub!.id}/neighbourhood?depth=3&limit=500`,
    );
    expect(deep.status).toBe(200);
    const n = (await deep.json()) as { elements: { nodes: unknown[] } };
    expect(n.elements.nodes.length).toBeLessThanOrEqual(501);
    const small = await fetch(
      `${app.baseUrl}/api/entities/${hub!.id}/neighbourhood?depth=3&limit=2`,
    );
    const s = (await small.json()) as { elements: { nodes: unknown[] }; omitted: number };
    expect(s.elements.nodes.length).toBeLessThanOrEqual(3);
    expect(s.omitted).toBeGreaterThan(0);
    const paths = await fetch(
      `${app.baseUrl}/api/paths?from=${hub!.id}&to=${far!.id}&k=10&maxHops=8`,
    );
    expect(paths.status).toBe(200);
    expect(((await paths.json()) as { paths: unknown[] }).paths.length).toBeLessThanOrEqual(10);
    const graph = await fetch(`${app.baseUrl}/api/graph?limit=5000`);
    expect(
      ((await graph.json()) as { elements: { nodes: unknown[] } }).elements.nodes.length,
    ).toBeLessThanOrEqual(5_000);
  });

  test('a slow query is stopped by its transaction timeout while the API keeps answering', async () => {
    expect(TX_DEFAULTS.readTimeoutMs).toBeLessThanOrEqual(10_000);
    const [setting] = await query<{ value: string }>(
      "SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value",
    );
    expect(setting?.value).not.toBe('0s');
    const started = Date.now();
    const slow = readTx(
      async (tx) =>
        (await tx.run('UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n'))
          .records,
      { timeoutMs: 2_000 },
    );
    const caught = slow.catch((error: unknown) => error);
    // Meanwhile other requests are answered promptly.
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      const res = await fetch(`${app.baseUrl}/api/search?q=${encodeURIComponent('大学')}`);
      expect(res.status).toBe(200);
      expect(Date.now() - t).toBeLessThan(1_500);
    }
    expect(await caught).toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
