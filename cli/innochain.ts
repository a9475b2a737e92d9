import path from 'node:path';
import { ValidationError } from '../graph/errors';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../neo4j-local/launcher';
import { ensureDatabase, waitForBolt } from '../runtime/database';
import { BUNDLED_CORPUS_DIR, PROJECT_ROOT } from '../runtime/paths';
import { serverConfigFromEnv } from '../server/config';
import { startServer } from '../server/start';
import { localBoltPort, localNeo4jHome, usesExternalNeo4j } from '../store/config';
import { closeDriver } from '../store/driver';
import { DbUnavailableError } from '../store/errors';
import { extractArticles, ingestArticles, type ArticleInput } from '../store/ingest';
import { unloadDocument } from '../store/loader';
import { applySchema } from '../store/schema';
import { expandInputs, readArticle, TEXT_EXTENSIONS } from './readArticles';
import { loadCommand } from './load';
import { runExport } from './export';
import { GAZETTEER_ENV, processGazetteer, useGazetteerFile } from '../runtime/gazetteer';

const HELP = `innochain — InnoChain Explorer command line

Usage:
  innochain start                 start Neo4j if needed, apply the schema, load the bundled
                                  corpus and serve the explorer on http://localhost:3000
  innochain serve                 like start, without loading the bundled corpus
  innochain db start|stop|status  run the project's local Neo4j in the background
  innochain extract FILE...       print the extraction JSON of article files (UTF-8 text)
    [--gazetteer FILE]            (extract and load) also recognise the confirmed names of FILE
                                  (JSON: {"entities":[{"name","type","aliases"?}]}; see README)
  innochain load FILE|DIR...      extract and store articles (.txt/.md), or store extraction .json files;
    [--batch-size N]              N documents per transaction (default 50); a document Neo4j refuses
                                  is reported and left out (exit code 5), the others are stored
  innochain unload DOC_ID...      remove documents and whatever only they supported
  innochain export --format cypher|json|graphml|csv|gazetteer [--out FILE]
                                  write the whole graph in a portable format (stdout by default);
                                  gazetteer: its entities as a file to review and use with --gazetteer

Environment:
  PORT                  HTTP port (default 3000)
  NEO4J_URI             use this Neo4j instead of the local one (with NEO4J_USERNAME,
                        NEO4J_PASSWORD, optional NEO4J_DATABASE)
  INNOCHAIN_BOLT_PORT   Bolt port of the local Neo4j (default 7687)
  INNOCHAIN_HOME        where local state lives (default .innochain/ in the project)
  INNOCHAIN_API_TOKEN   when set, writes through the API need "Authorization: Bearer <token>"
  INNOCHAIN_GAZETTEER   a gazetteer file used by every extraction of the process (start, serve,
                        the API's "add an article", extract, load)
`;

type Out = (line: string) => void;
const say: Out = (line) => process.stderr.write(`${line}\n`);

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return 0;
      case 'start':
        return await serve({ loadCorpus: true });
      case 'serve':
        return await serve({ loadCorpus: false });
      case 'db':
        return await db(rest);
      case 'extract':
        return extractCommand(rest);
      case 'load': {
        const loadArgs = takeGazetteerOption(rest);
        return await withDatabase(() => loadCommand(loadArgs, say));
      }
      case 'unload':
        return await withDatabase(() => unloadCommand(rest));
      case 'export':
        return await withDatabase(() => runExport(rest));
      default:
        say(`innochain: unknown command "${command}"\n`);
        process.stderr.write(HELP);
        return 2;
    }
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof ValidationError) {
    say(`innochain: ${error.message}`);
    return 2;
  }
  if (error instanceof DbUnavailableError) {
    say(`innochain: ${error.message}`);
    return 3;
  }
  say(`innochain: ${(error as Error).message ?? String(error)}`);
  return 1;
}

/** Runs a one-shot command against Neo4j, starting (and afterwards stopping) the local one if needed. */
async function withDatabase(work: () => Promise<number>): Promise<number> {
  const database = await ensureDatabase(say);
  try {
    await applySchema();
    return await work();
  } finally {
    await closeDriver();
    await database.stop();
  }
}

async function serve({ loadCorpus }: { loadCorpus: boolean }): Promise<number> {
  const started = Date.now();
  const database = await ensureDatabase(say);
  const shutdown = async (): Promise<void> => {
    await closeDriver();
    await database.stop();
  };
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    say(`Neo4j: ${database.describe}`);
    const gazetteer = processGazetteer();
    if (gazetteer.size > 0)
      say(`Gazetteer (${GAZETTEER_ENV}): ${gazetteer.size} confirmed entries.`);
    await applySchema();
    say('Schema applied.');
    if (loadCorpus) await loadBundledCorpus();
    server = await startServer(serverConfigFromEnv(path.join(PROJECT_ROOT, 'client', 'dist')));
  } catch (error) {
    // Never leave a Neo4j we started running behind a failed start.
    await shutdown();
    throw error;
  }
  say(
    `InnoChain Explorer is up at ${server.url} (${((Date.now() - started) / 1000).toFixed(1)} s). Ctrl-C stops it.`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  say('Stopping…');
  await server.close();
  await shutdown();
  say('Stopped cleanly.');
  return 0;
}

async function loadBundledCorpus(): Promise<void> {
  const files = expandInputs([BUNDLED_CORPUS_DIR], TEXT_EXTENSIONS);
  const { summary } = await ingestArticles(files.map(readArticle));
  say(
    `Bundled corpus: ${files.length} file(s), ${summary.loaded.length} newly loaded, ${summary.unchanged.length} already stored; ${summary.entityIds.length} entities, ${summary.relationIds.length} relations.`,
  );
}

async function db(args: string[]): Promise<number> {
  const [sub] = args;
  if (usesExternalNeo4j()) {
    say(
      `innochain db: NEO4J_URI is set (${process.env.NEO4J_URI}); the project does not manage that server.`,
    );
    return sub === 'status' ? 0 : 2;
  }
  const home = localNeo4jHome();
  switch (sub) {
    case 'start': {
      const status = localNeo4jStatus(home);
      if (status.running) {
        say(
          `Local Neo4j is already running (pid ${status.pid}, bolt://127.0.0.1:${status.port}); not starting another.`,
        );
        return 0;
      }
      const handle = await startLocalNeo4j({
        home,
        boltPort: localBoltPort(),
        onProgress: say,
        detached: true,
      });
      await waitForBolt();
      await closeDriver();
      say(
        `Local Neo4j running at ${handle.uri} (pid ${handle.pid}); stop it with: innochain db stop`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(home);
      say(stopped ? 'Local Neo4j stopped.' : 'Local Neo4j was not running.');
      return 0;
    }
    case 'status': {
      const status = localNeo4jStatus(home);
      process.stdout.write(
        status.running
          ? `running pid=${status.pid} bolt://127.0.0.1:${status.port} store=${home}\n`
          : `stopped store=${home}\n`,
      );
      return 0;
    }
    default:
      say('usage: innochain db start|stop|status');
      return 2;
  }
}

/**
 * Removes `--gazetteer FILE` (or `--gazetteer=FILE`) from the arguments and uses that file's
 * confirmed names for this run; the other arguments are returned.
 */
export function takeGazetteerOption(args: readonly string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--gazetteer' || arg.startsWith('--gazetteer=')) {
      const file = arg === '--gazetteer' ? args[++i] : arg.slice('--gazetteer='.length);
      if (!file) throw new ValidationError('--gazetteer needs a FILE');
      const gazetteer = useGazetteerFile(file);
      say(`Gazetteer ${file}: ${gazetteer.size} confirmed entries.`);
    } else rest.push(arg);
  }
  return rest;
}

/** Reads each file only when extraction reaches it: one article's text in memory at a time. */
function* readLazily(files: readonly string[]): Generator<ArticleInput> {
  for (const f of files) yield readArticle(f);
}

function extractCommand(args: string[]): number {
  const files = takeGazetteerOption(args);
  if (files.length === 0) throw new ValidationError('extract needs at least one FILE');
  const result = extractArticles(readLazily(expandInputs(files, TEXT_EXTENSIONS)));
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

async function unloadCommand(ids: string[]): Promise<number> {
  if (ids.length === 0) throw new ValidationError('unload needs at least one DOC_ID');
  let missing = 0;
  for (const id of ids) {
    if (await unloadDocument(id)) say(`Removed ${id}.`);
    else {
      say(`No document ${id}.`);
      missing++;
    }
  }
  return missing > 0 ? 4 : 0;
}
