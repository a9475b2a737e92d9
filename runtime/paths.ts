import path from 'node:path';

/** The project root (works from sources and from dist/). */
export const PROJECT_ROOT = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..',
);

/** Where local state lives (Neo4j store, password, pid files). Git-ignored. */
export function stateDir(): string {
  return path.resolve(process.env.INNOCHAIN_HOME ?? path.join(PROJECT_ROOT, '.innochain'));
}

/** The bundled demo corpus. */
export const BUNDLED_CORPUS_DIR = path.join(PROJECT_ROOT, 'data', 'corpus');
