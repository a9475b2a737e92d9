import pino from 'pino';

/** How the process logs. */
export const LOGGER_DEFAULTS = Object.freeze({
  /**
   * Lines go to stdout asynchronously (pino's sonic-boom): one synchronous write per request line
   * cost the API more CPU than the rest of its middleware together. Lines written while a write
   * is in flight are joined into the next; pino flushes what is left when the process exits.
   */
  sync: false,
});

/**
 * The one structured logger of the process; level from LOG_LEVEL (default info, silent under
 * jest). The API logs each request through a child of it that carries the request id.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info'),
    base: undefined,
  },
  pino.destination({ dest: 1, sync: LOGGER_DEFAULTS.sync }),
);
