import { parseArgs } from 'node:util';
import { ValidationError } from '../graph/errors';
import { parseExtraction } from '../store/extractionSchema';
import { ingestArticles } from '../store/ingest';
import {
  LOAD_DEFAULTS,
  loadExtraction,
  type LoadFailure,
  type LoadProgress,
  type LoadSummary,
} from '../store/loader';
import { expandInputs, readArticle, readJson, TEXT_EXTENSIONS } from './readArticles';

/** Exit code when some documents could not be stored (the others were). */
export const LOAD_EXIT_SOME_FAILED = 5;

type Say = (line: string) => void;

/** Progress over the whole run (each load call reports its own documents; `done` adds the earlier ones). */
function progressPrinter(total: number): {
  onProgress: (p: LoadProgress) => void;
  done: (n: number) => void;
} {
  const started = Date.now();
  let before = 0;
  return {
    onProgress: (p) => {
      if (!process.stderr.isTTY) return;
      const docs = before + p.documentsDone;
      const elapsed = Date.now() - started;
      const rate = elapsed > 0 ? (docs / elapsed) * 1000 : 0;
      process.stderr.write(`\r${docs}/${total} documents · ${rate.toFixed(1)} docs/s`);
    },
    done: (n) => (before += n),
  };
}

function parseLoadArgs(args: string[]): { inputs: string[]; batchSize: number } {
  let parsed: { values: { 'batch-size'?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { 'batch-size': { type: 'string' } },
    });
  } catch (error) {
    throw new ValidationError((error as Error).message);
  }
  const raw = parsed.values['batch-size'];
  const batchSize = raw === undefined ? LOAD_DEFAULTS.batchSize : Number(raw);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new ValidationError('--batch-size must be a whole number from 1 to 10000');
  return { inputs: parsed.positionals, batchSize };
}

/**
 * `innochain load [--batch-size N] FILE|DIR...`: every file is checked first (a bad file stops the
 * run before anything is written); then documents are stored N per transaction. A document the
 * database refuses is reported and left out whole; the others are stored.
 */
export async function loadCommand(args: string[], say: Say): Promise<number> {
  const { inputs, batchSize } = parseLoadArgs(args);
  if (inputs.length === 0) throw new ValidationError('load needs at least one FILE or DIR');
  const files = expandInputs(inputs, [...TEXT_EXTENSIONS, '.json']);
  if (files.length === 0) throw new ValidationError('no .txt, .md or .json files found');
  const jsonResults = files
    .filter((f) => f.endsWith('.json'))
    .map((f) => parseExtraction(readJson(f)));
  const articles = files.filter((f) => !f.endsWith('.json'));
  for (const f of articles) readArticle(f);

  const total = jsonResults.reduce((n, r) => n + r.documents.length, 0) + articles.length;
  const progress = progressPrinter(total);
  const options = { onProgress: progress.onProgress, batchSize, isolateFailures: true };
  let loaded = 0;
  let unchanged = 0;
  const failed: LoadFailure[] = [];
  const add = (s: LoadSummary): void => {
    loaded += s.loaded.length;
    unchanged += s.unchanged.length;
    failed.push(...s.failed);
    progress.done(s.loaded.length + s.unchanged.length + s.failed.length);
  };
  for (const result of jsonResults)
    add(await loadExtraction(result, { ...options, validated: true }));
  // Articles are extracted and stored one batch at a time: memory stays flat however many there are.
  for (let i = 0; i < articles.length; i += batchSize) {
    const batch = articles.slice(i, i + batchSize).map(readArticle);
    add((await ingestArticles(batch, options)).summary);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  for (const f of failed) say(`Not stored: ${f.id} (${f.title}): ${f.error}`);
  say(
    `Loaded ${loaded} document(s); ${unchanged} already stored and unchanged${failed.length > 0 ? `; ${failed.length} not stored` : ''}.`,
  );
  return failed.length > 0 ? LOAD_EXIT_SOME_FAILED : 0;
}
