import pino from 'pino';

/** One structured logger for the process; level from LOG_LEVEL (default info, silent under jest). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info'),
  base: undefined,
});
