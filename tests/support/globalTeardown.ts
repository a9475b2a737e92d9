import type { LocalNeo4jHandle } from '../../neo4j-local/launcher';

/** Stops the test Neo4j only if globalSetup started it. */
export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as { __testNeo4j?: LocalNeo4jHandle }).__testNeo4j;
  if (handle) await handle.stop();
}
