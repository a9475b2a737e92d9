import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from '../support/http';
import { startTestApp, type TestApp } from '../support/app';
import { resetDatabase } from '../support/db';
import { GAZETTEER_ENV } from '../../runtime/gazetteer';

// The server reads INNOCHAIN_GAZETTEER once, at its first extraction: set it before the app starts.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'innochain-api-gazetteer-'));
const FILE = path.join(tmp, 'confirmed.json');
fs.writeFileSync(
  FILE,
  JSON.stringify({
    entities: [{ name: '澜沧湾智能装备有限公司', type: 'Company', aliases: ['澜沧湾智能'] }],
  }),
);
process.env[GAZETTEER_ENV] = FILE;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ corpus: false });
});
beforeEach(resetDatabase);
afterAll(async () => {
  delete process.env[GAZETTEER_ENV];
  await app.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Hit {
  name: string;
  type: string;
}

describe('POST /api/documents with INNOCHAIN_GAZETTEER', () => {
  test('an article naming a confirmed short form stores the confirmed entity, found by search', async () => {
    const res = await request(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: { title: '合作', text: '南岭农业大学与澜沧湾智能合作，双方共建智能农机实验室。' },
    });
    expect(res.status).toBe(201);
    const search = await request<{ results: Hit[] }>(
      app.baseUrl,
      `/api/search?q=${encodeURIComponent('澜沧湾')}`,
    );
    expect(search.status).toBe(200);
    expect(search.body.results.map((h) => `${h.name}:${h.type}`)).toEqual([
      '澜沧湾智能装备有限公司:Company',
    ]);
  });

  test('the preview (POST /api/extract) reads the same gazetteer', async () => {
    const res = await request<{ entities: Hit[] }>(app.baseUrl, '/api/extract', {
      method: 'POST',
      body: { text: '澜沧湾智能与南岭农业大学签约。' },
    });
    expect(res.status).toBe(200);
    expect(res.body.entities.map((e) => e.name)).toContain('澜沧湾智能装备有限公司');
  });
});
