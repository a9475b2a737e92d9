import path from 'node:path';
import { PROJECT_ROOT } from '../../runtime/paths';

/**
 * Tests never touch the user's own store: unless NEO4J_URI points at an external server, they
 * use a separate local Neo4j (own store folder, own Bolt port).
 */
export function useTestNeo4jEnv(): void {
  if (process.env.NEO4J_URI) return;
  process.env.INNOCHAIN_NEO4J_HOME ??= path.join(PROJECT_ROOT, '.innochain', 'test-neo4j');
  process.env.INNOCHAIN_BOLT_PORT = process.env.INNOCHAIN_TEST_BOLT_PORT ?? '7688';
}
