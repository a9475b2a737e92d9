import path from 'node:path';
import { BUNDLED_CORPUS_DIR, PROJECT_ROOT } from '../../runtime/paths';
import { SERVER_DEFAULTS } from '../../server/config';
import { startServer } from '../../server/start';
import { expandInputs, readArticle, TEXT_EXTENSIONS } from '../../cli/readArticles';
import { analyticsIdle } from '../../store/analytics/graphVersion';
import { ingestArticles } from '../../store/ingest';
import { closeDriver, resetDatabase } from './db';

export interface TestApp {
  baseUrl: string;
  close(): Promise<void>;
}

/** Loads the bundled demo corpus through the normal ingest path. */
export async function loadBundledCorpus(): Promise<void> {
  await ingestArticles(expandInputs([BUNDLED_CORPUS_DIR], TEXT_EXTENSIONS).map(readArticle));
}

/**
 * The real Express app on a free port against the real test Neo4j, with an emptied database
 * and (by default) the bundled corpus loaded.
 */
export async function startTestApp(
  opts: { corpus?: boolean; apiToken?: string } = {},
): Promise<TestApp> {
  await resetDatabase();
  if (opts.corpus !== false) await loadBundledCorpus();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    apiToken: opts.apiToken,
    readsPerMinute: SERVER_DEFAULTS.readsPerMinute,
    writesPerMinute: 10_000,
    clientDir: path.join(PROJECT_ROOT, 'client', 'dist'),
  });
  return {
    baseUrl: server.url.replace('localhost', '127.0.0.1'),
    // Stop serving first (every open connection, keep-alive ones included, is closed), then let
    // whole-graph computations started by the last load finish, and only then close the
    // driver: a computation still reading would fail half-way, or reopen a driver after it.
    close: async () => {
      try {
        await server.close();
      } finally {
        await analyticsIdle();
        await closeDriver();
      }
    },
  };
}
