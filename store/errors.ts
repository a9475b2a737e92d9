import { ValidationError } from '../graph/errors';

export { ValidationError };

/** The thing asked for does not exist (HTTP 404). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  readonly code = 'NOT_FOUND';
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Neo4j cannot be reached or is not answering in time (HTTP 503). */
export class DbUnavailableError extends Error {
  override name = 'DbUnavailableError';
  readonly code = 'DB_UNAVAILABLE';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
  }
}

/** A query was too expensive and hit its time limit (HTTP 503 as well: retry with narrower input). */
export class QueryTimeoutError extends DbUnavailableError {
  override name = 'QueryTimeoutError';
}

/** Driver error codes that mean "the database is not there or not answering". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ECONNREFUSED',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

interface DriverLikeError {
  code?: string;
  message?: string;
}

/** Maps any error thrown by neo4j-driver into one of the project's typed errors (one place). */
export function mapDriverError(error: unknown): Error {
  if (
    error instanceof ValidationError ||
    error instanceof NotFoundError ||
    error instanceof DbUnavailableError
  ) {
    return error;
  }
  const e = (error ?? {}) as DriverLikeError;
  const code = e.code ?? '';
  if (
    UNAVAILABLE_CODES.has(code) ||
    /connect|ECONNREFUSED|acquisition timed out/i.test(e.message ?? '')
  ) {
    return new DbUnavailableError('Neo4j is unavailable', error);
  }
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code.includes('TransactionTimedOut')
  ) {
    return new QueryTimeoutError('The query took too long and was stopped', error);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new DbUnavailableError(
      'Neo4j refused the credentials (check NEO4J_USERNAME/NEO4J_PASSWORD)',
      error,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
