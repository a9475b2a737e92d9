import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import pino from 'pino';
import pinoHttp from 'pino-http';
import { logger } from '../runtime/logger';

/** How request lines are logged. */
export const REQUEST_LOG_DEFAULTS = Object.freeze({
  /**
   * Request lines are written asynchronously (pino's sonic-boom): one synchronous write to
   * stdout per request cost more CPU than the rest of the middleware together. Lines written
   * while a write is in flight are joined into the next, so nothing waits for a buffer to fill;
   * pino flushes what is left when the process exits.
   */
  sync: false,
  /** Longest client-supplied X-Request-Id kept. */
  maxIdLength: 64,
});

function requestId(req: { headers: Record<string, unknown> }): string {
  const given = req.headers['x-request-id'];
  return (
    (typeof given === 'string' ? given.slice(0, REQUEST_LOG_DEFAULTS.maxIdLength) : '') ||
    randomUUID()
  );
}

/**
 * `level` and `stream` default to the process logger's level and stdout.
 * Gives every request an id (echoed as X-Request-Id, and logged with any error) and logs one
 * short line per request when the level lets info through. Below that (LOG_LEVEL=warn) pino-http
 * is left out altogether: it builds two child loggers per request even when it logs nothing.
 */
export function requestLog(
  level: string = logger.level,
  stream?: pino.DestinationStream,
): RequestHandler {
  const value = pino.levels.values[level];
  if (value === undefined || value > pino.levels.values.info!) {
    return (req, res, next) => {
      const id = requestId(req);
      (req as { id?: unknown }).id = id;
      res.setHeader('X-Request-Id', id);
      next();
    };
  }
  return pinoHttp({
    logger: pino(
      { level, base: undefined },
      stream ?? pino.destination({ dest: 1, sync: REQUEST_LOG_DEFAULTS.sync }),
    ),
    // One short line per request: id, method, path, status and time; no headers or bodies.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // The custom serializers above read three fields: pino-std-serializers' full copies of the
    // request and response (headers included) are not built first.
    wrapSerializers: false,
    genReqId: (req, res) => {
      const id = requestId(req);
      res.setHeader('X-Request-Id', id);
      return id;
    },
  });
}
