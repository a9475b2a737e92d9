import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ValidationError } from '../graph/errors';
import { DbUnavailableError, NotFoundError } from '../store/errors';
import { requestLogger } from './requestLog';

/** The one JSON error shape: {error:{code,message,details}}. */
export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** Seconds a client should wait before retrying when Neo4j is away. */
const RETRY_AFTER_SECONDS = 5;

/** Maps typed errors to HTTP statuses; anything unexpected is a 500 without a stack trace. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  void _next;
  if (err instanceof ValidationError) {
    res.status(400).json(errorBody('VALIDATION', err.message, err.details));
    return;
  }
  if (err instanceof NotFoundError) {
    res.status(404).json(errorBody('NOT_FOUND', err.message, err.details));
    return;
  }
  if (err instanceof DbUnavailableError) {
    res.set('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(503).json(errorBody(err.code, err.message));
    return;
  }
  const status =
    (err as { status?: number; statusCode?: number }).status ??
    (err as { statusCode?: number }).statusCode;
  const type = (err as { type?: string }).type;
  if (status === 413 || type === 'entity.too.large') {
    res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', 'Request body is larger than the limit'));
    return;
  }
  if (status === 400 && type === 'entity.parse.failed') {
    res.status(400).json(errorBody('INVALID_JSON', 'Request body is not valid JSON'));
    return;
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    res.status(status).json(errorBody('BAD_REQUEST', (err as Error).message || 'Bad request'));
    return;
  }
  requestLogger(req).error({ err }, 'unhandled error');
  res.status(500).json(errorBody('INTERNAL', 'Internal error'));
};

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('NOT_FOUND', `No route for ${req.method} ${req.path}`));
};
