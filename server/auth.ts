import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { errorBody } from './httpErrors';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/**
 * Requires `Authorization: Bearer <token>` when a token is configured. Digests are compared in
 * constant time, so the comparison leaks neither content nor length.
 */
export function requireToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (given.length > 0 && timingSafeEqual(digest(given), expected)) return next();
    res
      .set('WWW-Authenticate', 'Bearer')
      .status(401)
      .json(errorBody('UNAUTHORIZED', 'A valid API token is required for writes'));
  };
}
