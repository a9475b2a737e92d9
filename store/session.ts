import type { ManagedTransaction } from 'neo4j-driver';
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
