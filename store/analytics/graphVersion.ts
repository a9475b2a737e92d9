import { cypher } from '../../cypher/registry';
import { readTx } from '../session';

/** How long a version reading is trusted: other API instances' loads show up within this. */
const VERSION_TTL_MS = 5_000;
let versionRead: { version: string; at: number } | undefined;

/**
 * A cheap fingerprint of the stored graph (documents, last load, entity and evidence counts):
 * changes whenever a document is loaded or removed. Read from Neo4j at most every VERSION_TTL_MS;
 * loads in this process call forgetGraphVersion() so their effect is seen at once.
 */
export async function graphVersion(): Promise<string> {
  if (versionRead && Date.now() - versionRead.at < VERSION_TTL_MS) return versionRead.version;
  const version = await readGraphVersion();
  versionRead = { version, at: Date.now() };
  return version;
}

const changeListeners: (() => void)[] = [];

/** Runs `listener` whenever this process changed the graph (to warm a cache in the background). */
export function onGraphChanged(listener: () => void): void {
  changeListeners.push(listener);
}

/**
 * Drops the remembered version: the next reader asks Neo4j (call after a load or unload). The
 * graph-change listeners are told.
 */
export function forgetGraphVersion(): void {
  versionRead = undefined;
  for (const listener of changeListeners) listener();
}

async function readGraphVersion(): Promise<string> {
  return readTx(async (tx) => {
    const rec = (await tx.run(cypher('queries/graph-version'))).records[0];
    return JSON.stringify([
      rec?.get('documents'),
      String(rec?.get('lastLoad') ?? ''),
      rec?.get('entities'),
      rec?.get('evidence'),
    ]);
  });
}

/** Whole-graph computations under way (hub scores, district flows), so a shutdown can wait. */
const pending = new Set<Promise<unknown>>();

/** Registers a background or cached computation; it leaves the set when it settles. */
export function trackAnalytics<T>(work: Promise<T>): Promise<T> {
  pending.add(work);
  const done = (): void => void pending.delete(work);
  work.then(done, done);
  return work;
}

/**
 * Resolves once no whole-graph computation is running (failures included): call before closing
 * the driver, or a computation started by the last load would reopen it or fail half-way.
 */
export async function analyticsIdle(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

/**
 * A value computed from the whole graph, kept until the graph version changes. Concurrent
 * callers share one computation; a failed computation is not remembered. After a load or unload
 * in this process (forgetGraphVersion) it is recomputed in the background, so the next request
 * finds it warm.
 */
export function versionedCache<T>(compute: (version: string) => Promise<T>): {
  get(): Promise<T>;
} {
  let cached: { version: string; value: T } | undefined;
  let inFlight: { version: string; promise: Promise<T> } | undefined;
  const get = async (): Promise<T> => {
    const version = await graphVersion();
    if (cached?.version === version) return cached.value;
    if (inFlight?.version !== version) {
      const promise = trackAnalytics(
        compute(version).then((value) => {
          cached = { version, value };
          return value;
        }),
      );
      const entry = { version, promise };
      inFlight = entry;
      void promise
        .catch(() => undefined)
        .finally(() => {
          if (inFlight === entry) inFlight = undefined;
        });
    }
    return inFlight.promise;
  };
  onGraphChanged(() => {
    void trackAnalytics(
      new Promise<void>((resolve) => {
        setImmediate(() => {
          get().then(
            () => resolve(),
            () => resolve(), // the next request retries and reports the error
          );
        });
      }),
    );
  });
  return { get };
}
