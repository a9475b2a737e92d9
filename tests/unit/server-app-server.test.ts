import { IncomingMessage, ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createApp } from '../../server/app';
import { createAppServer } from '../../server/appServer';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

describe('createAppServer', () => {
  it('builds requests and responses on the app prototypes before Express sees them', async () => {
    const app = express();
    app.set('query parser', 'simple');
    // An addition to the app's response prototype made before the server exists.
    app.response.json = function (this: express.Response, body: unknown) {
      this.setHeader('X-Own-Json', '1');
      this.type('json').end(JSON.stringify(body));
      return this;
    };
    const server = createAppServer(app);
    const seen: boolean[] = [];
    // Runs before the app: what Node built, not what Express made of it.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      seen.push(
        Object.getPrototypeOf(req) === app.request,
        Object.getPrototypeOf(res) === app.response,
      );
    });
    app.get('/probe', (req, res) => {
      res.json({
        q: req.query.q,
        sameApp: req.app === app && res.app === app,
        nodeClasses: req instanceof IncomingMessage && res instanceof ServerResponse,
        ip: req.ip,
      });
    });
    const url = await listen(server);
    try {
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`${url}/probe?q=hefei`);
        expect(res.status).toBe(200);
        expect(res.headers.get('x-own-json')).toBe('1');
        expect(await res.json()).toEqual({
          q: 'hefei',
          sameApp: true,
          nodeClasses: true,
          ip: '127.0.0.1',
        });
      }
      expect(seen).toEqual([true, true, true, true]);
    } finally {
      await close(server);
    }
  });

  it('serves the API app with its headers, request ids and error answers', async () => {
    const server = createAppServer(
      createApp({
        port: 0,
        host: '127.0.0.1',
        readsPerMinute: 1_000,
        writesPerMinute: 10,
        clientDir: '/nonexistent',
      }),
    );
    const url = await listen(server);
    try {
      const doc = await fetch(`${url}/api/openapi.json`, {
        headers: { 'X-Request-Id': 'probe-1' },
      });
      expect(doc.status).toBe(200);
      expect(doc.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(doc.headers.get('x-request-id')).toBe('probe-1');
      expect(doc.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(doc.headers.get('x-content-type-options')).toBe('nosniff');
      expect(doc.headers.get('ratelimit')).toMatch(/limit=1000/);
      expect((await doc.json()) as { openapi: string }).toMatchObject({
        openapi: expect.stringMatching(/^3\./),
      });

      const bad = await fetch(`${url}/api/search?limit=5`);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('VALIDATION');
    } finally {
      await close(server);
    }
  });
});
