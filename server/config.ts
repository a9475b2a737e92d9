/** Server options: each can be overridden from the environment where noted. */
export const SERVER_DEFAULTS = Object.freeze({
  /** HTTP port (PORT). */
  port: 3000,
  /** Interface to listen on (HOST); loopback by default so a laptop does not expose its graph. */
  host: '127.0.0.1',
  /** Largest JSON body: an article of ~1M characters plus metadata. Larger → 413. */
  bodyLimit: '4mb',
  /** Writes (ingest, delete) per client per minute. */
  writesPerMinute: 60,
  /** Reads per client per minute (INNOCHAIN_READS_PER_MINUTE): high, since the UI fires many small reads. */
  readsPerMinute: 120_000,
  /** Longest text accepted for ingest/preview, in characters. */
  maxTextLength: 1_000_000,
});

export interface ServerConfig {
  port: number;
  host: string;
  /** When set, writes need `Authorization: Bearer <token>` (INNOCHAIN_API_TOKEN). */
  apiToken?: string;
  readsPerMinute: number;
  writesPerMinute: number;
  /** Folder of the built client, served at /. */
  clientDir: string;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

export function serverConfigFromEnv(clientDir: string): ServerConfig {
  return {
    port: intFromEnv('PORT', SERVER_DEFAULTS.port),
    host: process.env.HOST || SERVER_DEFAULTS.host,
    apiToken: process.env.INNOCHAIN_API_TOKEN || undefined,
    readsPerMinute: intFromEnv('INNOCHAIN_READS_PER_MINUTE', SERVER_DEFAULTS.readsPerMinute),
    writesPerMinute: intFromEnv('INNOCHAIN_WRITES_PER_MINUTE', SERVER_DEFAULTS.writesPerMinute),
    clientDir,
  };
}
