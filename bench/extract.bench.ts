import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import type * as graphIndex from '../graph/index';
import type * as graphSegment from '../graph/zh/segment';
import { compileGraph, type CompiledGraph } from './support/compiledGraph';
import { fmt, printSummary, printTable, type SummaryRow } from './support/report';
import { median } from './support/stats';

/**
 * Extraction benchmark (issue 3): the Chinese pipeline beside raw @node-rs/jieba cut, measured on
 * the same documents in the same run. Never asserts on time: it prints a table.
 */
const EXTRACT_BENCH = Object.freeze({
  /** Corpus size (MB of UTF-8); `--mb=20` overrides it, e.g. to check memory at a larger size. */
  corpusMb: Number(process.argv.find((a) => a.startsWith('--mb='))?.slice(5) ?? 10),
  /** Real articles replicated into the corpus, one article per file. */
  fixtures: join(__dirname, '..', 'eval', 'fixtures', 'zh'),
  /** Shares of the corpus after which memory is sampled: flat memory means equal figures. */
  checkpoints: Object.freeze([0.5, 1]),
  /** Documents per timing block; the median ratio over blocks shrugs off bursts of machine load. */
  blockDocs: 50,
  /**
   * Pipeline code timed: the current sources compiled by tsc, as the server runs them from dist/
   * (default), or `--source` for the sources as loaded through tsx (its keepNames wrappers cost
   * the pipeline ~13%, but not jieba's native cut).
   */
  source: process.argv.includes('--source'),
  /** Targets from issue 3: the pipeline at ≥ 25% of raw cut (≈ 7 MB/s where cut runs at 28). */
  targets: Object.freeze({ ratio: 0.25, extractMbS: 7 }),
});

/** Wall and CPU seconds spent in one kind of work. */
class Clock {
  wall = 0;
  cpu = 0;
  /** Runs `work`, adds its wall and CPU time, and returns the wall seconds it took. */
  time<T>(work: () => T): T {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const out = work();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    this.wall += wall;
    this.cpu += (c.user + c.system) / 1e6;
    return out;
  }
}

/** Writes the corpus as one file per article (each made unique by a header line). */
function writeCorpus(dir: string, texts: readonly string[], bytes: number): string[] {
  const files: string[] = [];
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const text = `第${i}期\n` + (texts[i % texts.length] as string);
    const file = join(dir, `a${String(i).padStart(6, '0')}.txt`);
    writeFileSync(file, text, 'utf8');
    files.push(file);
    written += Buffer.byteLength(text, 'utf8');
  }
  return files;
}

interface MemorySample {
  mb: number;
  rssMb: number;
  heapMb: number;
}

/** A full garbage collection before each memory sample, also when run without --expose-gc. */
const collectGarbage: () => void =
  global.gc ??
  ((): (() => void) => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();

function sampleMemory(mb: number): MemorySample {
  collectGarbage();
  const m = process.memoryUsage();
  return { mb, rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 };
}

type Extract = typeof graphIndex.extractDocument;
type Cut = typeof graphSegment.cutRaw;

/** The pipeline and jieba cut under test, from one build so one dictionary is loaded. */
async function pipeline(): Promise<{
  extractDocument: Extract;
  cutRaw: Cut;
  build: string;
  done: () => void;
}> {
  // Loaded on demand: only the build under test loads its jieba dictionary.
  if (EXTRACT_BENCH.source)
    return {
      extractDocument: (await import('../graph/index.js')).extractDocument,
      cutRaw: (await import('../graph/zh/segment.js')).cutRaw,
      build: 'sources through tsx',
      done: () => {},
    };
  const built: CompiledGraph = compileGraph();
  return {
    extractDocument: (await built.load<typeof graphIndex>('graph/index')).extractDocument,
    cutRaw: (await built.load<typeof graphSegment>('graph/zh/segment')).cutRaw,
    build: 'sources compiled by tsc (as in dist/)',
    done: built.dispose,
  };
}

async function main(): Promise<void> {
  const { extractDocument, cutRaw, build, done } = await pipeline();
  const texts = readdirSync(EXTRACT_BENCH.fixtures)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(EXTRACT_BENCH.fixtures, f), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'innochain-extract-bench-'));
  try {
    const totalBytes = EXTRACT_BENCH.corpusMb * 2 ** 20;
    const files = writeCorpus(dir, texts, totalBytes);
    // Warm-up: dictionaries loaded, every code path compiled.
    for (const [i, text] of texts.entries()) {
      extractDocument({ id: 'warm' + i, text });
      cutRaw(text);
      cutRaw(text, true);
    }
    const memory: MemorySample[] = [sampleMemory(0)];
    const extract = new Clock();
    const cut = new Clock();
    const cutHmm = new Clock();
    const blockRatios: number[] = [];
    let block = { extract: 0, cut: 0 };
    let bytes = 0;
    let entities = 0;
    let relations = 0;
    let tokens = 0;
    let checkpoint = 0;
    files.forEach((file, i) => {
      // Streaming: one file read, extracted and dropped at a time.
      const text = readFileSync(file, 'utf8');
      bytes += Buffer.byteLength(text, 'utf8');
      const runExtract = (): void => {
        const w = extract.wall;
        const out = extract.time(() => extractDocument({ id: 'b' + i, text }));
        block.extract += extract.wall - w;
        entities += out.entities.length;
        relations += out.relations.length;
      };
      const runCut = (): void => {
        const w = cut.wall;
        tokens += cut.time(() => cutRaw(text)).length;
        block.cut += cut.wall - w;
        cutHmm.time(() => cutRaw(text, true));
      };
      // Alternate which runs first, so neither gains from the other having warmed the caches.
      if (Math.floor(i / EXTRACT_BENCH.blockDocs) % 2 === 0) {
        runExtract();
        runCut();
      } else {
        runCut();
        runExtract();
      }
      if ((i + 1) % EXTRACT_BENCH.blockDocs === 0) {
        blockRatios.push(block.cut / block.extract);
        block = { extract: 0, cut: 0 };
      }
      const next = EXTRACT_BENCH.checkpoints[checkpoint];
      if (next !== undefined && (bytes >= next * totalBytes || i === files.length - 1)) {
        memory.push(sampleMemory(bytes / 2 ** 20));
        checkpoint++;
      }
    });
    console.log(`pipeline code: ${build}`);
    const rows = report({
      files: files.length,
      mb: bytes / 2 ** 20,
      extract,
      cut,
      cutHmm,
      blockRatios,
    });
    console.log(`entities ${fmt(entities)}, relations ${fmt(relations)}, tokens ${fmt(tokens)}`);
    printSummary([...rows, ...reportMemory(memory)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    done();
  }
}

interface Figures {
  files: number;
  mb: number;
  extract: Clock;
  cut: Clock;
  cutHmm: Clock;
  blockRatios: number[];
}

/** Prints the speed table and returns its summary rows. */
function report(f: Figures): SummaryRow[] {
  const rate = (s: number): string => fmt(f.mb / s, 2);
  console.log(
    `corpus: ${f.files} files, ${fmt(f.mb, 1)} MB UTF-8 (real articles, one file each, read one at a time)`,
  );
  printTable([
    ['work, same documents, same run', 'MB/s wall', 'MB/s CPU', 's wall', 's CPU'],
    ...(
      [
        ['extract (full pipeline)', f.extract],
        ['jieba cut (default, HMM off)', f.cut],
        ['jieba cut (HMM on)', f.cutHmm],
      ] as const
    ).map(([name, c]) => [name, rate(c.wall), rate(c.cpu), fmt(c.wall, 2), fmt(c.cpu, 2)]),
  ]);
  const wallRatio = f.cut.wall / f.extract.wall;
  const cpuRatio = f.cut.cpu / f.extract.cpu;
  const blockRatio = median(f.blockRatios);
  const hmmRatio = f.cutHmm.wall / f.extract.wall;
  console.log(
    `ratio extract / cut (target ≥ ${EXTRACT_BENCH.targets.ratio}): wall ${fmt(wallRatio, 3)}, ` +
      `CPU ${fmt(cpuRatio, 3)}, median over ${f.blockRatios.length} blocks ${fmt(blockRatio, 3)}; ` +
      `against the HMM cut (wall) ${fmt(hmmRatio, 3)}`,
  );
  return [
    row('extract_mb_s', f.mb / f.extract.wall, 'MB/s', `≥ ${EXTRACT_BENCH.targets.extractMbS}`),
    row('extract_cpu_mb_s', f.mb / f.extract.cpu, 'MB/s'),
    row('cut_mb_s', f.mb / f.cut.wall, 'MB/s'),
    row('cut_cpu_mb_s', f.mb / f.cut.cpu, 'MB/s'),
    row('extract_to_cut_ratio', wallRatio, 'ratio', `≥ ${EXTRACT_BENCH.targets.ratio}`),
    row('extract_to_cut_ratio_cpu', cpuRatio, 'ratio', `≥ ${EXTRACT_BENCH.targets.ratio}`),
    row('extract_to_cut_ratio_median_block', blockRatio, 'ratio'),
    row('extract_to_hmm_cut_ratio', hmmRatio, 'ratio'),
  ];
}

function row(metric: string, value: number, unit: string, target?: string): SummaryRow {
  const r: SummaryRow = { bench: 'extract', metric, value: Math.round(value * 1000) / 1000, unit };
  if (target !== undefined) r.target = target;
  return r;
}

/** Prints memory at each checkpoint and returns its summary rows. */
function reportMemory(memory: readonly MemorySample[]): SummaryRow[] {
  printTable([
    ['memory after MB streamed', 'RSS MB', 'heap used MB'],
    ...memory.map((m) => [fmt(m.mb, 1), fmt(m.rssMb, 0), fmt(m.heapMb, 1)]),
  ]);
  const half = memory[memory.length - 2] as MemorySample;
  const end = memory[memory.length - 1] as MemorySample;
  console.log(
    `memory growth from ${fmt(half.mb, 1)} to ${fmt(end.mb, 1)} MB of corpus: RSS ${fmt(end.rssMb - half.rssMb, 1)} MB, heap ${fmt(end.heapMb - half.heapMb, 1)} MB (after a full gc)`,
  );
  return [
    row('rss_half_mb', half.rssMb, 'MB'),
    row('rss_end_mb', end.rssMb, 'MB'),
    row('heap_growth_half_to_end_mb', end.heapMb - half.heapMb, 'MB'),
  ];
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
