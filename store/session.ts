import { routing, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { getDriver } from './driver';
import { mapDriverError } from './errors';

/** Per-call options: a transaction timeout keeps one slow query from stalling the server. */
export interface TxOptions {
  timeoutMs?: number;
}

export const TX_DEFAULTS = Object.freeze({
  /** Reads are interactive: stop anything slower than this. */
  readTimeoutMs: 10_000,
  /** Writes load whole documents (or batches of them): allow more. */
  writeTimeoutMs: 120_000,
});

/**
 * Runs `work` in a read transaction function (retried by the driver on transient errors, so
 * it must be idempotent). The session is always closed; driver errors come out typed.
 */
export async function readTx<T>(
  work: (tx: ManagedTransaction) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  const { driver, database } = getDriver();
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(work, {
      timeout: options.timeoutMs ?? TX_DEFAULTS.readTimeoutMs,
    });
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
}

/**
 * Runs one read query as a read transaction function (driver.executeQuery with READ routing runs
 * it through executeRead, retried alike) and returns its records. Unlike readTx, the driver sends
 * the query right behind BEGIN instead of waiting for BEGIN's answer first: one round trip less,
 * for every request that needs one query. No bookmarks: reads here never waited for any.
 */
export async function readQuery(
  query: string,
  parameters: Record<string, unknown>,
  options: TxOptions = {},
): Promise<Neo4jRecord[]> {
  const { driver, database } = getDriver();
  try {
    const res = await driver.executeQuery(query, parameters, {
      database,
      routing: routing.READ,
      bookmarkManager: null,
      transactionConfig: { timeout: options.timeoutMs ?? TX_DEFAULTS.readTimeoutMs },
    });
    return res.records;
  } catch (error) {
    throw mapDriverError(error);
  }
}

/** Runs `work` in a write transaction function; all of it commits or none of it does. */
export async function writeTx<T>(
  work: (tx: ManagedTransaction) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  const { driver, database } = getDriver();
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work, {
      timeout: options.timeoutMs ?? TX_DEFAULTS.writeTimeoutMs,
    });
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
}
