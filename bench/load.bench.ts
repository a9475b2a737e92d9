import { LOAD_DEFAULTS, loadExtraction } from '../store/loader';
import { buildRows } from '../store/loadRows';
import { getDriver } from '../store/driver';
import type { ExtractionResult } from '../graph/types';
import { generateCorpus, generateDocument, type SyntheticDocument } from './synthetic/corpus';
import { mergeExtractions } from './synthetic/merge';
import { openBenchDatabase, runAutoCommit, wipeDatabase } from './support/benchNeo4j';
import { RssTracker } from './support/memory';
import { fmt, printSummary, printTable, type SummaryRow } from './support/report';
import { median, msSince, percentile } from './support/stats';

/** Load benchmark (issue 7): the project's loader beside raw UNWIND … CREATE of the same rows. */
const LOAD_BENCH = Object.freeze({
  /** Corpus sizes (documents) by default; BENCH_SIZES=1000,5000 overrides them for a quick run. */
  sizes: Object.freeze(
    process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1_000, 10_000],
  ),
  /** Corpus sizes with --full. */
  fullSizes: Object.freeze([1_000, 10_000, 100_000]),
  /** Documents generated and handed to loadExtraction at once (it batches them itself). */
  chunkDocs: 500,
  /** Documents per raw transaction: the loader's own batch size, so both commit as often. */
  rawBatchDocs: LOAD_DEFAULTS.batchSize,
  /** Single-article commits measured (after warm-up) for the one-article p50. */
  singleRepetitions: 200,
  /** Single-article commits run first and not measured. */
  singleWarmup: 20,
  /** Index of the first single-article document: far from the corpus, so each one is new. */
  singleFrom: 50_000_000,
  /** Targets from issue 7. */
  targets: Object.freeze({
    rawShare: 0.5,
    entitiesPerS: 30_000,
    relationsPerS: 50_000,
    singleP50Ms: 20,
    fullRunMin: 10,
  }),
});

const RAW_ENTITIES = 'UNWIND $rows AS row CREATE (n:RawEntity) SET n = row';
const RAW_RELATIONS = `UNWIND $rows AS row
CALL (row) { MATCH (a:RawEntity {id: row.source}) RETURN a LIMIT 1 }
CALL (row) { MATCH (b:RawEntity {id: row.target}) RETURN b LIMIT 1 }
CREATE (a)-[:RAW {id: row.id, type: row.type}]->(b)`;

interface PassResult {
  documents: number;
  entities: number;
  relations: number;
  /** Time spent writing (generation excluded). */
  ms: number;
  /** Wall-clock time of the pass, generation included. */
  wallMs: number;
}

/** Streams the corpus in chunks: only one chunk is ever in memory. */
function* chunks(documents: number, size: number): Generator<SyntheticDocument[]> {
  let chunk: SyntheticDocument[] = [];
  for (const doc of generateCorpus(documents)) {
    chunk.push(doc);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

function count(chunk: readonly SyntheticDocument[]): { entities: number; relations: number } {
  let entities = 0;
  let relations = 0;
  for (const d of chunk) {
    entities += d.extraction.entities.length;
    relations += d.extraction.relations.length;
  }
  return { entities, relations };
}

async function loaderPass(documents: number, rss: RssTracker): Promise<PassResult> {
  const out: PassResult = { documents, entities: 0, relations: 0, ms: 0, wallMs: 0 };
  const wall = process.hrtime.bigint();
  for (const chunk of chunks(documents, LOAD_BENCH.chunkDocs)) {
    const merged = mergeExtractions(chunk.map((d) => d.extraction));
    const n = count(chunk);
    const t = process.hrtime.bigint();
    await loadExtraction(merged);
    out.ms += msSince(t);
    out.entities += n.entities;
    out.relations += n.relations;
    rss.sample();
  }
  out.wallMs = msSince(wall);
  return out;
}

async function rawPass(documents: number, rss: RssTracker): Promise<PassResult> {
  const { driver, database } = getDriver();
  await runAutoCommit('CREATE INDEX bench_raw_entity_id IF NOT EXISTS FOR (n:RawEntity) ON (n.id)');
  await runAutoCommit('CALL db.awaitIndexes(300)');
  const out: PassResult = { documents, entities: 0, relations: 0, ms: 0, wallMs: 0 };
  const wall = process.hrtime.bigint();
  for (const chunk of chunks(documents, LOAD_BENCH.rawBatchDocs)) {
    // The rows the loader would send for this batch (its row building is not timed here).
    const rows = buildRows(mergeExtractions(chunk.map((d) => d.extraction)), new Map());
    const n = count(chunk);
    const session = driver.session({ database });
    const t = process.hrtime.bigint();
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(RAW_ENTITIES, { rows: rows.entities });
        await tx.run(RAW_RELATIONS, { rows: rows.relations });
      });
    } finally {
      await session.close();
    }
    out.ms += msSince(t);
    out.entities += n.entities;
    out.relations += n.relations;
    rss.sample();
  }
  out.wallMs = msSince(wall);
  await runAutoCommit(
    'MATCH (n:RawEntity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
  );
  await runAutoCommit('DROP INDEX bench_raw_entity_id IF EXISTS');
  return out;
}

/** Commits ordinary articles one at a time on top of the current store; returns latencies (ms). */
async function singleArticles(): Promise<{
  latencies: number[];
  entities: number;
  relations: number;
}> {
  const latencies: number[] = [];
  let entities = 0;
  let relations = 0;
  const total = LOAD_BENCH.singleWarmup + LOAD_BENCH.singleRepetitions;
  for (let i = 0; i < total; i++) {
    const extraction: ExtractionResult = generateDocument(LOAD_BENCH.singleFrom + i).extraction;
    const t = process.hrtime.bigint();
    await loadExtraction(extraction);
    if (i >= LOAD_BENCH.singleWarmup) {
      latencies.push(msSince(t));
      entities += extraction.entities.length;
      relations += extraction.relations.length;
    }
  }
  return {
    latencies,
    entities: entities / LOAD_BENCH.singleRepetitions,
    relations: relations / LOAD_BENCH.singleRepetitions,
  };
}

const perS = (n: number, ms: number): number => n / (ms / 1000);

async function main(): Promise<void> {
  const full = process.argv.includes('--full');
  const sizes = full ? LOAD_BENCH.fullSizes : LOAD_BENCH.sizes;
  const rss = new RssTracker();
  const db = await openBenchDatabase((line) => console.error(line));
  const T = LOAD_BENCH.targets;
  console.log(
    `load benchmark on ${db.describe}; sizes ${sizes.join(', ')} documents; loader batch ${LOAD_DEFAULTS.batchSize}`,
  );
  const table: string[][] = [['figure', 'loader', 'raw CREATE', 'loader/raw', 'target']];
  const summary: SummaryRow[] = [];
  let single: Awaited<ReturnType<typeof singleArticles>> | undefined;
  let biggest: PassResult | undefined;
  try {
    for (const documents of sizes) {
      await wipeDatabase();
      const loader = await loaderPass(documents, rss);
      console.error(
        `loader ${documents} docs: ${fmt(loader.ms / 1000, 1)} s writing, ${fmt(loader.wallMs / 1000, 1)} s wall`,
      );
      if (!single) single = await singleArticles();
      await wipeDatabase();
      const raw = await rawPass(documents, rss);
      console.error(`raw ${documents} docs: ${fmt(raw.ms / 1000, 1)} s writing`);
      biggest = loader;
      const le = perS(loader.entities, loader.ms);
      const lr = perS(loader.relations, loader.ms);
      const re = perS(raw.entities, raw.ms);
      const rr = perS(raw.relations, raw.ms);
      const tag = `${fmt(documents)} docs`;
      table.push([
        `entities/s, ${tag}`,
        fmt(le),
        fmt(re),
        fmt(le / re, 2),
        `≥ ${fmt(T.entitiesPerS)}; ≥ ${T.rawShare} of raw`,
      ]);
      table.push([
        `relationships/s, ${tag}`,
        fmt(lr),
        fmt(rr),
        fmt(lr / rr, 2),
        `≥ ${fmt(T.relationsPerS)}; ≥ ${T.rawShare} of raw`,
      ]);
      table.push([
        `write time, ${tag}`,
        `${fmt(loader.ms / 1000, 1)} s`,
        `${fmt(raw.ms / 1000, 1)} s`,
        '',
        '',
      ]);
      summary.push(
        {
          bench: 'load',
          metric: `loader entities/s (${tag})`,
          value: Math.round(le),
          unit: '1/s',
          target: `≥ ${T.entitiesPerS}`,
        },
        {
          bench: 'load',
          metric: `loader relationships/s (${tag})`,
          value: Math.round(lr),
          unit: '1/s',
          target: `≥ ${T.relationsPerS}`,
        },
        {
          bench: 'load',
          metric: `loader/raw entities (${tag})`,
          value: +(le / re).toFixed(3),
          unit: 'ratio',
          target: `≥ ${T.rawShare}`,
        },
        {
          bench: 'load',
          metric: `loader/raw relationships (${tag})`,
          value: +(lr / rr).toFixed(3),
          unit: 'ratio',
          target: `≥ ${T.rawShare}`,
        },
      );
    }
    await wipeDatabase();
  } finally {
    await db.close();
  }
  if (single) {
    const p50 = median(single.latencies);
    table.push([
      `one article alone (${fmt(single.entities)} entities, ${fmt(single.relations)} ties), p50 / p95`,
      `${fmt(p50, 1)} / ${fmt(percentile(single.latencies, 95), 1)} ms`,
      '',
      '',
      `p50 ≤ ${T.singleP50Ms} ms`,
    ]);
    summary.push({
      bench: 'load',
      metric: 'one article p50',
      value: +p50.toFixed(2),
      unit: 'ms',
      target: `≤ ${T.singleP50Ms}`,
    });
  }
  if (biggest) {
    const measured = biggest.documents >= 100_000;
    const minutes = (biggest.wallMs / 60_000) * (100_000 / biggest.documents);
    table.push([
      `10^5 documents, wall clock${measured ? '' : ` (extrapolated from ${fmt(biggest.documents)})`}`,
      `${fmt(minutes, 1)} min`,
      '',
      '',
      `< ${T.fullRunMin} min`,
    ]);
    summary.push({
      bench: 'load',
      metric: `10^5 documents${measured ? '' : ' (extrapolated)'}`,
      value: +minutes.toFixed(2),
      unit: 'min',
      target: `< ${T.fullRunMin}`,
    });
  }
  const mem = rss.stop();
  table.push([
    'Node RSS start / peak / end',
    `${fmt(mem.startMb)} / ${fmt(mem.peakMb)} / ${fmt(mem.endMb)} MB`,
    '',
    '',
    'flat in corpus size',
  ]);
  summary.push({ bench: 'load', metric: 'RSS peak', value: Math.round(mem.peakMb), unit: 'MB' });
  printTable(table);
  printSummary(summary);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
