import { startLocalNeo4j } from '../../neo4j-local/launcher';
import { localBoltPort, localNeo4jHome } from '../../store/config';
import { useTestNeo4jEnv } from './testNeo4j';

/** Starts the test Neo4j unless one is running (then it is reused and left running). */
export default async function globalSetup(): Promise<void> {
  useTestNeo4jEnv();
  if (process.env.NEO4J_URI) return;
  const handle = await startLocalNeo4j({
    home: localNeo4jHome(),
    boltPort: localBoltPort(),
    onProgress: (line) => process.stderr.write(`\n[test-neo4j] ${line}`),
  });
  (globalThis as { __testNeo4j?: typeof handle }).__testNeo4j = handle;
}
