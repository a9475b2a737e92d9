import neo4j, { type Driver } from 'neo4j-driver';
import { resolveConnection, type Neo4jConnection } from './config';

/** Driver settings tuned for an interactive API: fail fast when Neo4j is away, recover on its own. */
export const DRIVER_DEFAULTS = Object.freeze({
  /** A TCP connect that takes longer than this means Neo4j is not there. */
  connectionTimeout: 3_000,
  /** Waiting for a pooled connection longer than this is reported as unavailable (API answers 503 within 5 s). */
  connectionAcquisitionTimeout: 4_000,
  /**
   * Total time the driver keeps starting new retries of a transaction function on transient
   * errors. Retries back off 1 s, 2 s, 4 s (±20%), so 2 s means at most three attempts ending
   * ~3.6 s after the first: with Neo4j down the API still answers 503 within 5 s (4 s allowed
   * a fourth attempt at ~7 s).
   */
  maxTransactionRetryTime: 2_000,
  /** Enough connections for the API's concurrent requests on a 2-core machine. */
  maxConnectionPoolSize: 64,
  /** Numbers come back as JS numbers; ids and counts in this graph stay far below 2^53. */
  disableLosslessIntegers: true,
});

let current: { driver: Driver; connection: Neo4jConnection } | undefined;

/** The one driver of this process, created on first use. */
export function getDriver(): { driver: Driver; database?: string } {
  if (!current) {
    const connection = resolveConnection();
    const driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.username, connection.password),
      {
        connectionTimeout: DRIVER_DEFAULTS.connectionTimeout,
        connectionAcquisitionTimeout: DRIVER_DEFAULTS.connectionAcquisitionTimeout,
        maxTransactionRetryTime: DRIVER_DEFAULTS.maxTransactionRetryTime,
        maxConnectionPoolSize: DRIVER_DEFAULTS.maxConnectionPoolSize,
        disableLosslessIntegers: DRIVER_DEFAULTS.disableLosslessIntegers,
        userAgent: 'innochain-explorer',
      },
    );
    current = { driver, connection };
  }
  return { driver: current.driver, database: current.connection.database };
}

/** Closes the driver (end of process, or tests switching databases). */
export async function closeDriver(): Promise<void> {
  const c = current;
  current = undefined;
  if (c) await c.driver.close();
}
