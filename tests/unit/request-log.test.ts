import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { errorHandler } from '../../server/httpErrors';
import { requestLog } from '../../server/requestLog';

/**
 * An app with requestLog (on a logger at `level` writing to memory), one route, one failing route
 * and the error handler: its base URL, and the log lines it wrote.
 */
async function serve(level: string) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((l) => l.length > 0),
      );
      done();
    },
  });
  const app = express();
  app.use(requestLog(pino({ level, base: undefined }, stream)));
  app.get('/thing', (req, res) => {
    res.json({ id: (req as { id?: unknown }).id });
  });
  app.get('/broken', () => {
    throw new Error('boom');
  });
  app.use(errorHandler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, lines, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('request log', () => {
  it.each(['info', 'warn', 'silent'])(
    'gives each request an id, echoed as X-Request-Id (level %s)',
    async (level) => {
      const s = await serve(level);
      try {
        const mine = await fetch(`${s.url}/thing`, { headers: { 'X-Request-Id': 'abc-123' } });
        expect(mine.headers.get('x-request-id')).toBe('abc-123');
        expect(await mine.json()).toEqual({ id: 'abc-123' });
        const long = await fetch(`${s.url}/thing`, {
          headers: { 'X-Request-Id': 'x'.repeat(100) },
        });
        expect(long.headers.get('x-request-id')).toBe('x'.repeat(64));
        const fresh = await fetch(`${s.url}/thing`);
        expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      } finally {
        await s.close();
      }
    },
  );

  it('logs one short line per request at info: id, method, url, status; no headers', async () => {
    const s = await serve('info');
    try {
      await (await fetch(`${s.url}/thing?q=1`, { headers: { 'X-Request-Id': 'r1' } })).text();
      await (await fetch(`${s.url}/missing`, { headers: { 'X-Request-Id': 'r2' } })).text();
      // The line is written when the response finishes, after the client has read it.
      for (let i = 0; i < 50 && s.lines.length < 2; i++)
        await new Promise((r) => setTimeout(r, 10));
      const logged = s.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(logged).toHaveLength(2);
      expect(logged[0]).toMatchObject({
        req: { id: 'r1', method: 'GET', url: '/thing?q=1' },
        res: { statusCode: 200 },
        msg: 'request completed',
      });
      expect(logged[1]).toMatchObject({ req: { id: 'r2' }, res: { statusCode: 404 } });
      expect(logged[0]!.responseTime).toEqual(expect.any(Number));
      expect(JSON.stringify(logged[0])).not.toMatch(/headers/);
    } finally {
      await s.close();
    }
  });

  it("logs an unhandled error through the request's child logger, with the request id", async () => {
    const s = await serve('info');
    try {
      const res = await fetch(`${s.url}/broken`, { headers: { 'X-Request-Id': 'r3' } });
      expect(res.status).toBe(500);
      await res.text();
      for (let i = 0; i < 50 && s.lines.length < 2; i++)
        await new Promise((r) => setTimeout(r, 10));
      const logged = s.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const error = logged.find((l) => l.msg === 'unhandled error');
      expect(error).toMatchObject({ reqId: 'r3', level: 50, err: { message: 'boom' } });
      // The answer's own line is at level error too, and binds the id once per line.
      expect(logged.find((l) => l.msg !== 'unhandled error')).toMatchObject({
        level: 50,
        reqId: 'r3',
        req: { id: 'r3' },
        res: { statusCode: 500 },
      });
    } finally {
      await s.close();
    }
  });

  it('writes nothing per request above info', async () => {
    const s = await serve('warn');
    try {
      await (await fetch(`${s.url}/thing`)).text();
      await new Promise((r) => setTimeout(r, 50));
      expect(s.lines).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
