/** Raised for bad input to the library, the store or the API; servers map it to HTTP 400. */
export class ValidationError extends Error {
  readonly code = 'VALIDATION';
  readonly details?: unknown;

  constructor(message: string, details?: unknown) {
    super(message);
    this.name = 'ValidationError';
    if (details !== undefined) this.details = details;
  }
}
