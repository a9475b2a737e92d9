import fs from 'node:fs';
import path from 'node:path';
import { stateDir } from '../runtime/paths';
import { LOCAL_NEO4J_DEFAULTS } from '../neo4j-local/launcher';

/** How to reach Neo4j: an external server (NEO4J_URI set) or the project's own local one. */
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** True when the project runs this Neo4j itself (NEO4J_URI unset). */
  local: boolean;
}

export function localNeo4jHome(): string {
  return process.env.INNOCHAIN_NEO4J_HOME ?? path.join(stateDir(), 'neo4j');
}

export function localBoltPort(): number {
  const raw = process.env.INNOCHAIN_BOLT_PORT;
  if (raw === undefined || raw === '') return LOCAL_NEO4J_DEFAULTS.boltPort;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`INNOCHAIN_BOLT_PORT must be a port number, got "${raw}"`);
  }
  return port;
}

/** Whether the project should start its own Neo4j. Follows Neo4j's own env conventions. */
export function usesExternalNeo4j(): boolean {
  return Boolean(process.env.NEO4J_URI);
}

export function resolveConnection(): Neo4jConnection {
  if (usesExternalNeo4j()) {
    return {
      uri: process.env.NEO4J_URI as string,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || undefined,
      local: false,
    };
  }
  const home = localNeo4jHome();
  const passwordFile = path.join(home, 'password');
  if (!fs.existsSync(passwordFile)) {
    throw new Error(
      `No local Neo4j password at ${passwordFile}: start the local Neo4j first (innochain db start) or set NEO4J_URI.`,
    );
  }
  return {
    uri: `bolt://127.0.0.1:${localBoltPort()}`,
    username: 'neo4j',
    password: fs.readFileSync(passwordFile, 'utf8').trim(),
    local: true,
  };
}
