import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { logger } from '../runtime/logger';

/** How requests are identified in logs. */
export const REQUEST_LOG_DEFAULTS = Object.freeze({
  /** Longest client-supplied X-Request-Id kept. */
  maxIdLength: 64,
});

/** The logger a request's lines go to (set by requestLog; the process logger otherwise). */
const REQUEST_LOGGER = Symbol('requestLogger');

type LoggedRequest = Request & { id?: unknown; [REQUEST_LOGGER]?: Logger };

function requestId(req: { headers: Record<string, unknown> }): string {
  const given = req.headers['x-request-id'];
  return (
    (typeof given === 'string' ? given.slice(0, REQUEST_LOG_DEFAULTS.maxIdLength) : '') ||
    randomUUID()
  );
}

/**
 * A child of the request's logger bound to its id, for lines about this request (the error
 * handler's). Made on demand: most requests log only their one line.
 */
export function requestLogger(req: Request): Logger {
  const r = req as LoggedRequest;
  return (r[REQUEST_LOGGER] ?? logger).child({ reqId: r.id });
}

/**
 * Gives every request an id (echoed as X-Request-Id) and, when `log` lets info through, logs one
 * short line per request when its answer is done: request id, method, url, status and time, at
 * error for answers ≥ 500. The line is written straight from the process logger: pino-http built
 * two child loggers per request (one serialising the request) and cost more CPU than the rest of
 * the middleware together.
 */
export function requestLog(log: Logger = logger): RequestHandler {
  const logsRequests = log.isLevelEnabled('info');
  return (req, res, next) => {
    const id = requestId(req);
    const r = req as LoggedRequest;
    r.id = id;
    r[REQUEST_LOGGER] = log;
    res.setHeader('X-Request-Id', id);
    if (logsRequests) {
      const started = Date.now();
      // 'close' follows the answer's end, or a connection dropped before it.
      res.once('close', () => {
        const failed = res.statusCode >= 500;
        // A failed answer is an error line, so alerts on level ≥ error see it beside its stack.
        log[failed ? 'error' : 'info'](
          {
            reqId: id,
            // One short line: no headers or bodies.
            req: { id, method: req.method, url: req.originalUrl },
            res: { statusCode: res.statusCode },
            responseTime: Date.now() - started,
          },
          failed
            ? 'request errored'
            : res.writableFinished
              ? 'request completed'
              : 'request aborted',
        );
      });
    }
    next();
  };
}
