import { LOAD_DEFAULTS, loadExtraction } from '../store/loader';
import { buildRows } from '../store/loadRows';
import { getDriver } from '../store/driver';
import type { ExtractionResult } from '../graph/types';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus, generateDocument, type SyntheticDocument } from './synthetic/corpus';
import { mergeExtractions } from './synthetic/merge';
import { BENCH_NEO4J, openBenchDatabase, readValue, runAutoCommit } from './support/benchNeo4j';
import { RssTracker, rssMb } from './support/memory';
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
  /** Documents per loader batch and per raw transaction (BENCH_BATCH overrides the loader's default): both commit as often. */
  batchDocs: Number(process.env.BENCH_BATCH ?? LOAD_DEFAULTS.batchSize),
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

/**
 * The raw baseline writes the same rows as the loader (documents, entities with their type
 * label, every alias key, mentions, evidence with its document link, typed ties with their
 * figures) with plain CREATE: no MERGE, no alias resolution, no uniqueness constraints or
 * search indexes, only the two lookup indexes its MATCHes need.
 */
const RAW = Object.freeze({
  indexes: [
    'CREATE INDEX bench_raw_entity_id IF NOT EXISTS FOR (n:RawEntity) ON (n.id)',
    'CREATE INDEX bench_raw_document_id IF NOT EXISTS FOR (n:RawDocument) ON (n.id)',
  ],
  dropIndexes: [
    'DROP INDEX bench_raw_entity_id IF EXISTS',
    'DROP INDEX bench_raw_document_id IF EXISTS',
  ],
  documents: 'UNWIND $rows AS row CREATE (d:RawDocument) SET d = row, d.loadedAt = datetime()',
  entities: 'UNWIND $rows AS row CREATE (n:RawEntity:$(row.type)) SET n = row',
  aliasKeys: 'UNWIND $rows AS row CREATE (:RawAliasKey {key: row.key, entity: row.entity})',
  // An entity recurs in later batches as a new RawEntity node: any one of them will do.
  mentions: `UNWIND $rows AS row
MATCH (d:RawDocument {id: row.doc})
CALL (row) { MATCH (n:RawEntity {id: row.entity}) RETURN n LIMIT 1 }
CREATE (d)-[r:MENTIONS]->(n)
SET r.count = row.count, r.starts = row.starts, r.ends = row.ends, r.surfaces = row.surfaces`,
  // Grouped by document, as the loader sends it.
  evidence: `UNWIND $rows AS group
MATCH (d:RawDocument {id: group.doc})
UNWIND group.rows AS row
CREATE (ev:RawEvidence)-[:IN_DOCUMENT]->(d)
SET ev = row`,
  relations: `UNWIND $rows AS row
CALL (row) { MATCH (a:RawEntity {id: row.source}) RETURN a LIMIT 1 }
CALL (row) { MATCH (b:RawEntity {id: row.target}) RETURN b LIMIT 1 }
CREATE (a)-[x:$(row.type)]->(b)
SET x.id = row.id, x.evidenceCount = row.newEvidence, x.documentCount = row.newDocuments,
    x.confidence = 1.0 - reduce(p = 1.0, c IN row.newConfidences | p * (1.0 - c))`,
  /** Labels of the raw nodes, deleted in bounded transactions afterwards (one big one times out). */
  labels: ['RawEvidence', 'RawAliasKey', 'RawDocument', 'RawEntity'],
  cleanupBatch: 20_000,
});

/** Parameters of the raw statements for one batch: the loader's rows, as stored. */
function rawParams(extraction: ExtractionResult): Record<keyof typeof RAW_STEPS, unknown[]> {
  const rows = buildRows(extraction, new Map());
  return {
    documents: rows.documents,
    entities: rows.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      nameEn: e.nameEn,
      nameZh: e.nameZh,
      pinyin: e.pinyin,
      initials: e.initials,
      mentionCount: e.newMentions,
      documentCount: e.newDocuments,
    })),
    // Every distinct key of the batch: what the loader writes when none is stored yet.
    aliasKeys: rows.keys,
    mentions: rows.mentions,
    evidence: rows.evidence,
    relations: rows.relations,
  };
}
const RAW_STEPS = Object.freeze({
  documents: RAW.documents,
  entities: RAW.entities,
  aliasKeys: RAW.aliasKeys,
  mentions: RAW.mentions,
  evidence: RAW.evidence,
  relations: RAW.relations,
});

/**
 * CPU seconds used so far by this process and by the local bench Neo4j (Linux /proc; 0 when
 * NEO4J_URI points elsewhere). On a shared machine wall time wanders with the neighbours' load;
 * CPU time spent on the same rows does much less.
 */
function cpuSeconds(): { node: number; server: number } {
  const usage = process.cpuUsage();
  let server: number;
  try {
    const { pid } = JSON.parse(
      readFileSync(path.join(BENCH_NEO4J.home, 'launcher.pid'), 'utf8'),
    ) as { pid: number };
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    server = (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    server = 0;
  }
  return { node: (usage.user + usage.system) / 1e6, server };
}

interface PassResult {
  documents: number;
  entities: number;
  relations: number;
  /** Time spent writing (generation excluded). */
  ms: number;
  /** CPU seconds spent writing, by this process (row building, driver) and by Neo4j. */
  cpu: { node: number; server: number };
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

/** Raw CREATE of one chunk, in transactions of the loader's batch size; returns ms writing. */
async function rawChunk(chunk: readonly SyntheticDocument[], out: PassResult): Promise<void> {
  const { driver, database } = getDriver();
  for (let i = 0; i < chunk.length; i += LOAD_BENCH.batchDocs) {
    const batch = chunk.slice(i, i + LOAD_BENCH.batchDocs).map((d) => d.extraction);
    // The rows the loader would send for this batch (row building is not timed here).
    const params = rawParams(mergeExtractions(batch));
    const session = driver.session({ database });
    const t = process.hrtime.bigint();
    const cpu = cpuSeconds();
    try {
      // Sent back to back and awaited together, as the loader sends its writes.
      await session.executeWrite((tx) =>
        Promise.all(
          Object.entries(RAW_STEPS).map(async ([step, statement]) =>
            tx.run(statement, { rows: params[step as keyof typeof RAW_STEPS] }),
          ),
        ),
      );
    } finally {
      await session.close();
    }
    out.ms += msSince(t);
    addCpu(out, cpu);
  }
}

function addCpu(out: PassResult, before: { node: number; server: number }): void {
  const now = cpuSeconds();
  out.cpu.node += now.node - before.node;
  out.cpu.server += now.server - before.server;
}

/**
 * Loads the corpus with the loader and, chunk by chunk in between, with raw CREATE: on a shared
 * machine both see the same load, so their ratio holds even when absolute rates wander.
 */
async function passes(
  documents: number,
  rss: RssTracker,
): Promise<{ loader: PassResult; raw: PassResult }> {
  for (const statement of RAW.indexes) await runAutoCommit(statement);
  await runAutoCommit('CALL db.awaitIndexes(300)');
  const empty = (): PassResult => ({
    documents,
    entities: 0,
    relations: 0,
    ms: 0,
    cpu: { node: 0, server: 0 },
    wallMs: 0,
  });
  const loader = empty();
  const raw = empty();
  const wall = process.hrtime.bigint();
  let done = 0;
  for (const chunk of chunks(documents, LOAD_BENCH.chunkDocs)) {
    const n = count(chunk);
    const merged = mergeExtractions(chunk.map((d) => d.extraction));
    const t = process.hrtime.bigint();
    const cpu = cpuSeconds();
    await loadExtraction(merged, { batchSize: LOAD_BENCH.batchDocs });
    loader.ms += msSince(t);
    addCpu(loader, cpu);
    rss.sample();
    await rawChunk(chunk, raw);
    rss.sample();
    done += chunk.length;
    if (done % 1_000 === 0)
      console.error(
        `  ${done} docs: loader ${fmt(loader.ms / 1000, 1)} s, raw ${fmt(raw.ms / 1000, 1)} s; CPU loader ${fmt(loader.cpu.node, 1)} + ${fmt(loader.cpu.server, 1)} s, raw ${fmt(raw.cpu.node, 1)} + ${fmt(raw.cpu.server, 1)} s; RSS now ${fmt(rssMb())} MB, peak ${fmt(rss.peakMb)} MB`,
      );
    for (const pass of [loader, raw]) {
      pass.entities += n.entities;
      pass.relations += n.relations;
    }
  }
  // Wall clock of the loader alone: generation and merging included, raw writing excluded.
  loader.wallMs = msSince(wall) - raw.ms;
  raw.wallMs = raw.ms;
  for (const label of RAW.labels) {
    for (;;) {
      const deleted = await readValue<unknown>(
        `MATCH (n:${label}) WITH n LIMIT toInteger($limit) DETACH DELETE n RETURN count(*) AS n`,
        'n',
        { limit: RAW.cleanupBatch },
      );
      if (Number(deleted ?? 0) === 0) break;
    }
  }
  for (const statement of RAW.dropIndexes) await runAutoCommit(statement);
  return { loader, raw };
}

/** Deletes every node in bounded transactions: a 10^5-document store outlasts one transaction's timeout. */
async function emptyStore(): Promise<void> {
  for (;;) {
    const deleted = await readValue<unknown>(
      'MATCH (n) WITH n LIMIT toInteger($limit) DETACH DELETE n RETURN count(*) AS n',
      'n',
      { limit: RAW.cleanupBatch },
    );
    if (Number(deleted ?? 0) === 0) return;
  }
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
    `load benchmark on ${db.describe}; sizes ${sizes.join(', ')} documents; loader and raw batch ${LOAD_BENCH.batchDocs} documents`,
  );
  const table: string[][] = [['figure', 'loader', 'raw CREATE', 'loader/raw', 'target']];
  const summary: SummaryRow[] = [];
  let single: Awaited<ReturnType<typeof singleArticles>> | undefined;
  let biggest: PassResult | undefined;
  try {
    for (const documents of sizes) {
      await emptyStore();
      const rssBefore = rss.peakMb;
      const { loader, raw } = await passes(documents, rss);
      console.error(
        `${documents} docs: loader ${fmt(loader.ms / 1000, 1)} s writing, ${fmt(loader.wallMs / 1000, 1)} s wall; raw ${fmt(raw.ms / 1000, 1)} s writing; RSS peak ${fmt(rss.peakMb)} MB (was ${fmt(rssBefore)} MB)`,
      );
      if (!single) single = await singleArticles();
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
      const cpuText = (p: PassResult): string =>
        `${fmt(p.cpu.node, 1)} + ${fmt(p.cpu.server, 1)} s`;
      const cpuTotal = (p: PassResult): number => p.cpu.node + p.cpu.server;
      table.push([
        `CPU writing (Node + Neo4j), ${tag}`,
        cpuText(loader),
        cpuText(raw),
        // Rows per CPU second, loader over raw: the ratio least moved by a busy machine.
        cpuTotal(loader) > 0 ? fmt(cpuTotal(raw) / cpuTotal(loader), 2) : '',
        `≥ ${T.rawShare} of raw`,
      ]);
      table.push([`Node RSS peak so far, ${tag}`, `${fmt(rss.peakMb)} MB`, '', '', 'flat']);
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
    await emptyStore();
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
