import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { JSON_ANSWER_DEFAULTS, jsonAnswer } from '../../server/jsonAnswer';

/** GET path: status, headers and the raw body bytes. */
function get(
  url: string,
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { method }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts),
          }),
        );
      })
      .on('error', reject)
      .end();
  });
}

describe('jsonAnswer', () => {
  // Chinese (3 bytes a unit), an astral character (4 bytes for 2 units), a lone surrogate
  // (JSON.stringify escapes it), Latin-1 and ASCII, and one answer past the one-pass limit.
  const mixed = {
    label: '合肥高新区示例科技有限公司',
    emoji: '𝔘🚀',
    lone: '\ud800x',
    café: 'café',
    n: 1,
  };
  const long = { text: '合'.repeat(JSON_ANSWER_DEFAULTS.maxOnePassLength + 10) };
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    app.response.json = jsonAnswer;
    app.get('/mixed', (_req, res) => void res.json(mixed));
    app.get('/long', (_req, res) => void res.json(long));
    app.get('/typed', (_req, res) => void res.type('application/problem+json').json({ a: 1 }));
    app.get('/nothing', (_req, res) => void res.json(undefined));
    server = http.createServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    ['/mixed', mixed],
    ['/long', long],
  ])('sends %s as UTF-8 with its exact byte length', async (path, body) => {
    const res = await get(`${url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.equals(Buffer.from(JSON.stringify(body), 'utf8'))).toBe(true);
    expect(JSON.parse(res.body.toString('utf8'))).toEqual(body);
  });

  it('keeps a Content-Type set before it, sends nothing for undefined and no body to HEAD', async () => {
    const typed = await get(`${url}/typed`);
    expect(typed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(typed.body.toString('utf8'))).toEqual({ a: 1 });
    const nothing = await get(`${url}/nothing`);
    expect(nothing.status).toBe(200);
    expect(nothing.body.length).toBe(0);
    const head = await get(`${url}/mixed`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});
