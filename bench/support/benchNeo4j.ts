import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../../neo4j-local/launcher';
import { PROJECT_ROOT } from '../../runtime/paths';
import { closeDriver, getDriver } from '../../store/driver';
import { applySchema } from '../../store/schema';

/** The benchmarks' own Neo4j: never the user's store, never the tests' ports (7687/7688/769x). */
export const BENCH_NEO4J = Object.freeze({
  /** Store folder of the benchmark instance (INNOCHAIN_BENCH_HOME: run two benchmarks apart). */
  home: process.env.INNOCHAIN_BENCH_HOME ?? path.join(PROJECT_ROOT, '.innochain', 'bench-neo4j'),
  /** Bolt port on loopback (INNOCHAIN_BENCH_BOLT_PORT, with INNOCHAIN_BENCH_HOME). */
  boltPort: Number(process.env.INNOCHAIN_BENCH_BOLT_PORT ?? 7697),
  /** JVM heap: loads of 10^5 documents build large transactions. */
  heap: '4g',
  /** Page cache: holds the ~10^5-entity graph of the API benchmark entirely. */
  pageCache: '2g',
});

export interface BenchDatabase {
  /** Where the benchmark runs ("bolt://127.0.0.1:7697 (started)", "NEO4J_URI …"). */
  describe: string;
  /** Closes the driver and stops Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects the store to the benchmark Neo4j: NEO4J_URI when set, else the local bench instance,
 * started here if it is not running (and then stopped by close()). Must run before getDriver().
 */
export async function openBenchDatabase(
  log: (line: string) => void = () => {},
): Promise<BenchDatabase> {
  let handle: LocalNeo4jHandle | undefined;
  let describe: string;
  if (process.env.NEO4J_URI) {
    describe = `${process.env.NEO4J_URI} (NEO4J_URI)`;
  } else {
    process.env.INNOCHAIN_NEO4J_HOME = BENCH_NEO4J.home;
    process.env.INNOCHAIN_BOLT_PORT = String(BENCH_NEO4J.boltPort);
    handle = await startLocalNeo4j({ ...BENCH_NEO4J, onProgress: log });
    describe = `${handle.uri} (${handle.reused ? 'already running' : 'started by this benchmark'})`;
  }
  getDriver();
  await applySchema();
  return {
    describe,
    close: async () => {
      await closeDriver();
      await handle?.stop();
    },
  };
}

/** Runs one auto-commit statement (needed for CALL … IN TRANSACTIONS and schema commands). */
export async function runAutoCommit(
  statement: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  const { driver, database } = getDriver();
  const session = driver.session({ database });
  try {
    await session.run(statement, params);
  } finally {
    await session.close();
  }
}

/** Empties the database in batches (schema stays). */
export async function wipeDatabase(): Promise<void> {
  await runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

/** Reads one value from the first record of a query (or undefined). */
export async function readValue<T>(
  statement: string,
  key: string,
  params: Record<string, unknown> = {},
): Promise<T | undefined> {
  const { driver, database } = getDriver();
  const res = await driver.executeQuery(statement, params, { database });
  return res.records[0]?.get(key) as T | undefined;
}
