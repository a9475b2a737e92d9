import { startLocalNeo4j, type LocalNeo4jHandle } from '../neo4j-local/launcher';
import { localBoltPort, localNeo4jHome, usesExternalNeo4j } from '../store/config';
import { getDriver } from '../store/driver';
import { DbUnavailableError } from '../store/errors';

export interface DatabaseHandle {
  /** Where Neo4j is, for messages. */
  describe: string;
  /** Stops the local Neo4j if this process started it; external servers are left alone. */
  stop(): Promise<void>;
}

/**
 * Makes sure a Neo4j is there: the one in NEO4J_URI, or the project's own local one (started
 * now unless already running). Resolves once Bolt answers.
 */
export async function ensureDatabase(onProgress: (line: string) => void): Promise<DatabaseHandle> {
  let local: LocalNeo4jHandle | undefined;
  if (!usesExternalNeo4j()) {
    local = await startLocalNeo4j({
      home: localNeo4jHome(),
      boltPort: localBoltPort(),
      onProgress,
    });
  }
  await waitForBolt();
  return {
    describe: local
      ? `${local.uri} (local, store in ${localNeo4jHome()})`
      : (process.env.NEO4J_URI as string),
    stop: async () => {
      if (local) await local.stop();
    },
  };
}

/** Waits until the driver can talk to Neo4j, or fails with a clear message. */
export async function waitForBolt(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      await getDriver().driver.verifyConnectivity();
      return;
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new DbUnavailableError(
    `Neo4j did not answer within ${timeoutMs / 1000} s: ${(last as Error)?.message ?? ''}`,
    last,
  );
}
