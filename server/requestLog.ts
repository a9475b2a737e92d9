import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { logger } from '../runtime/logger';

/** How requests are identified in logs. */
export const REQUEST_LOG_DEFAULTS = Object.freeze({
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
 * Gives every request an id (echoed as X-Request-Id) and, when `log` lets info through, logs one
 * short line per request through `req.log`: a child of `log` (the process logger) bound to the
 * request id, which the error handler logs through too. Below info (LOG_LEVEL=warn) pino-http is
 * left out altogether: it builds child loggers per request even when it logs nothing, and the
 * error handler makes the child only when it has something to log.
 */
export function requestLog(log: Logger = logger): RequestHandler {
  if (!log.isLevelEnabled('info')) {
    return (req, res, next) => {
      const id = requestId(req);
      (req as { id?: unknown }).id = id;
      res.setHeader('X-Request-Id', id);
      next();
    };
  }
  return pinoHttp({
    logger: log,
    // req.log binds the request id only; the request itself appears once, in the line below.
    quietReqLogger: true,
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
    // A failed answer is an error line, so alerts on level ≥ error see it beside its stack.
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    genReqId: (req, res) => {
      const id = requestId(req);
      res.setHeader('X-Request-Id', id);
      return id;
    },
  });
}
