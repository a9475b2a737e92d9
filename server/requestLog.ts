import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
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

/** The logger a request's errors go to (the error handler binds the request id to it). */
export function requestLogger(req: Request): Logger {
  return (req as { log?: Logger }).log ?? logger;
}

/**
 * Gives every request an id (echoed as X-Request-Id) and, when `log` lets info through, logs one
 * short line per request when its answer is sent: id, method, URL, status and time (errors at
 * level error); no headers or bodies. Written straight through `log` (pino): pino-http made two
 * child loggers per request (one binding the id, one serialising the request), which cost more
 * CPU than the rest of the API's middleware together; the error handler makes the one child it
 * needs, from `log` (requestLogger), only when it has something to log.
 */
export function requestLog(log: Logger = logger): RequestHandler {
  const logs = log.isLevelEnabled('info');
  return (req, res, next) => {
    const id = requestId(req);
    (req as { id?: unknown }).id = id;
    (req as { log?: Logger }).log = log;
    res.setHeader('X-Request-Id', id);
    if (logs) {
      const started = Date.now();
      let logged = false;
      // 'close' also covers a client that went away before the answer was sent.
      const done = (): void => {
        if (logged) return;
        logged = true;
        const line = {
          reqId: id,
          req: { id, method: req.method, url: req.originalUrl },
          res: { statusCode: res.statusCode },
          responseTime: Date.now() - started,
        };
        if (res.statusCode >= 500) log.error(line, 'request errored');
        else log.info(line, 'request completed');
      };
      res.once('finish', done);
      res.once('close', done);
    }
    next();
  };
}
