import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { createApp } from '../../server/app';

/** GET path with the given Accept-Encoding; the raw body and its Content-Encoding. */
function get(
  url: string,
  encoding: string | undefined,
): Promise<{ body: Buffer; encoding?: string; vary?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () =>
          resolve({
            body: Buffer.concat(parts),
            encoding: res.headers['content-encoding'],
            vary: res.headers.vary,
          }),
        );
      })
      .on('error', reject);
  });
}

describe('API compression', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const app = createApp({
      port: 0,
      host: '127.0.0.1',
      readsPerMinute: 1_000,
      writesPerMinute: 10,
      clientDir: '/nonexistent',
    });
    server = http.createServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    // The OpenAPI document: a large JSON answer that needs no database.
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/openapi.json`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers the same JSON in brotli, gzip or plain, as the client accepts', async () => {
    const plain = await get(url, undefined);
    expect(plain.encoding).toBeUndefined();
    expect(plain.vary).toBe('Accept-Encoding');
    const doc: unknown = JSON.parse(plain.body.toString('utf8'));
    expect(plain.body.length).toBeGreaterThan(2_000);

    const br = await get(url, 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(br.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(zlib.brotliDecompressSync(br.body).toString('utf8'))).toEqual(doc);

    const gz = await get(url, 'gzip');
    expect(gz.encoding).toBe('gzip');
    expect(gz.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(zlib.gunzipSync(gz.body).toString('utf8'))).toEqual(doc);
  });
});
