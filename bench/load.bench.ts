import { LOAD_DEFAULTS, loadExtraction } from '../store/loader';
import { buildRows } from '../store/loadRows';
import { entityRow, loadParams } from '../store/loadWire';
import { getDriver } from '../store/driver';
import { searchKeyString } from '../store/pinyinKeys';
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
  /**
   * Documents generated and handed to loadExtraction at once, as `innochain load` reads one batch
   * of articles at a time (500 at once held a few hundred MB of rows and inflated the RSS figure).
   */
  chunkDocs: Number(process.env.BENCH_CHUNK_DOCS ?? LOAD_DEFAULTS.batchSize),
  /**
   * Documents loaded (loader and raw) and thrown away before measuring (BENCH_WARMUP): on a fresh
   * JVM the first 200 documents cost Neo4j ~6× the CPU of the next 200 (JIT compilation, query
   * planning), which would otherwise be charged to whichever size runs first.
   */
  warmupDocs: Number(process.env.BENCH_WARMUP ?? 200),
  /**
   * Raw baselines run beside the loader (BENCH_RAW, comma-separated): "indexed" (the store's own
   * kinds of indexes on the raw labels: the like-for-like one, and the ratio the targets use),
   * "bare" (only the two lookup indexes raw CREATE needs), or "none" (loader only, for long runs).
   */
  rawVariants: Object.freeze(
    (process.env.BENCH_RAW ?? 'indexed,bare')
      .split(',')
      .filter((v): v is RawVariantName => v === 'indexed' || v === 'bare'),
  ),
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

type RawVariantName = 'indexed' | 'bare';

/**
 * The raw baseline writes the same rows as the loader (documents, entities with their type
 * label, every alias key of the batch, mentions, evidence with its document link, typed ties
 * with their figures) with plain CREATE on labels of its own: no MERGE, no alias lookup, no
 * uniqueness check. An entity recurring in a later batch is created again (raw cannot know).
 * Ties carry the loader's relationship types, so the per-type tie id indexes apply to both.
 */
interface RawVariant {
  name: RawVariantName;
  /** Label prefix of this variant's nodes (RawEntity, RawIxEntity, …). */
  prefix: string;
  /** What this baseline measures, printed with the results. */
  describe: string;
  /** Schema created before the pass and dropped after it. */
  schema: readonly string[];
}

const RAW_VARIANTS: Readonly<Record<RawVariantName, RawVariant>> = Object.freeze({
  indexed: {
    name: 'indexed',
    prefix: 'RawIx',
    describe:
      'raw CREATE of the same rows into labels carrying the same kinds of indexes as the store (id, key, relId, type, entity, documentCount range indexes; one eventually consistent cjk full-text index on name/aliases/nameEn and the pinyin/initials search string; document id unique). Entity id and alias key are plain range indexes, not unique: raw re-creates recurring entities and keys.',
    schema: [
      'CREATE INDEX bench_rawix_entity_id IF NOT EXISTS FOR (n:RawIxEntity) ON (n.id)',
      'CREATE CONSTRAINT bench_rawix_document_id IF NOT EXISTS FOR (n:RawIxDocument) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX bench_rawix_alias_key IF NOT EXISTS FOR (n:RawIxAliasKey) ON (n.key)',
      'CREATE INDEX bench_rawix_alias_entity IF NOT EXISTS FOR (n:RawIxAliasKey) ON (n.entity)',
      'CREATE INDEX bench_rawix_evidence_rel IF NOT EXISTS FOR (n:RawIxEvidence) ON (n.relId)',
      'CREATE INDEX bench_rawix_entity_type IF NOT EXISTS FOR (n:RawIxEntity) ON (n.type)',
      'CREATE INDEX bench_rawix_entity_document_count IF NOT EXISTS FOR (n:RawIxEntity) ON (n.documentCount)',
      "CREATE FULLTEXT INDEX bench_rawix_entity_search IF NOT EXISTS FOR (n:RawIxEntity) ON EACH [n.name, n.aliases, n.nameEn, n.searchKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}}",
    ],
  },
  bare: {
    name: 'bare',
    prefix: 'Raw',
    describe:
      'raw CREATE of the same rows with only the two lookup indexes its MATCHes need (entity id, document id): no uniqueness constraint, no search or ranking index.',
    schema: [
      'CREATE INDEX bench_raw_entity_id IF NOT EXISTS FOR (n:RawEntity) ON (n.id)',
      'CREATE INDEX bench_raw_document_id IF NOT EXISTS FOR (n:RawDocument) ON (n.id)',
    ],
  },
});

/** The DROP statement undoing one CREATE INDEX/CONSTRAINT of a variant's schema. */
function dropOf(statement: string): string {
  const m = /^CREATE (CONSTRAINT|(?:TEXT |FULLTEXT )?INDEX) (\w+)/.exec(statement)!;
  return `DROP ${m[1] === 'CONSTRAINT' ? 'CONSTRAINT' : 'INDEX'} ${m[2]} IF EXISTS`;
}

/**
 * The raw statements of one variant, on its own labels (P = prefix). Rows are positional lists,
 * as the loader sends them (store/loadWire.ts): both pay the same to pack their parameters.
 */
function rawStatements(P: string): Record<RawStep, string> {
  return {
    documents: `UNWIND $rows AS row CREATE (d:${P}Document) SET d = row, d.loadedAt = datetime()`,
    // [id, type, name, aliases, nameEn, nameZh, pinyinKeys, initialsKeys, mentionCount, documentCount, searchKeys]
    entities: `UNWIND $rows AS row CREATE (n:${P}Entity:$(row[1]) {id: row[0], type: row[1], name: row[2], aliases: row[3], nameEn: row[4], nameZh: row[5], mentionCount: row[8], documentCount: row[9], searchKeys: row[10]})`,
    // [key, entityId]
    aliasKeys: `UNWIND $rows AS row CREATE (:${P}AliasKey {key: row[0], entity: row[1]})`,
    // [docId, entityId, count, starts, ends, surfaces]. An entity recurs in later batches as a
    // new node: any one of them will do.
    mentions: `UNWIND $rows AS row
MATCH (d:${P}Document {id: row[0]})
CALL (row) { MATCH (n:${P}Entity {id: row[1]}) RETURN n LIMIT 1 }
CREATE (d)-[r:MENTIONS {count: row[2], starts: row[3], ends: row[4], surfaces: row[5]}]->(n)`,
    // Grouped by document, as the loader sends it: [docId, [[relId, sentence, start, end, confidence], …]]
    evidence: `UNWIND $rows AS group
MATCH (d:${P}Document {id: group[0]})
UNWIND group[1] AS row
CREATE (:${P}Evidence {relId: row[0], sentence: row[1], start: row[2], end: row[3], confidence: row[4]})-[:IN_DOCUMENT]->(d)`,
    // [sourceId, targetId, type, id, newEvidence, newDocuments, newConfidences]
    relations: `UNWIND $rows AS row
CALL (row) { MATCH (a:${P}Entity {id: row[0]}) RETURN a LIMIT 1 }
CALL (row) { MATCH (b:${P}Entity {id: row[1]}) RETURN b LIMIT 1 }
CREATE (a)-[x:$(row[2])]->(b)
SET x.id = row[3], x.evidenceCount = row[4], x.documentCount = row[5],
    x.confidence = 1.0 - reduce(p = 1.0, c IN row[6] | p * (1.0 - c))`,
  };
}

const RAW_STEPS = Object.freeze([
  'documents',
  'entities',
  'aliasKeys',
  'mentions',
  'evidence',
  'relations',
] as const);
type RawStep = (typeof RAW_STEPS)[number];

const RAW = Object.freeze({
  /** Label suffixes of the raw nodes, deleted in bounded transactions afterwards (one big one times out). */
  labels: ['Evidence', 'AliasKey', 'Document', 'Entity'],
  cleanupBatch: 20_000,
});

/** Parameters of the raw statements for one batch: the loader's rows, as stored. */
function rawParams(extraction: ExtractionResult): Record<RawStep, unknown[]> {
  const rows = buildRows(extraction, new Map());
  const wire = loadParams(rows);
  return {
    documents: rows.documents,
    entities: rows.entities.map((e) => [...entityRow(e), searchKeyString(e.pinyin, e.initials)]),
    // Every distinct key of the batch: what the loader writes when none is stored yet.
    aliasKeys: wire.keys,
    mentions: rows.mentions.map((m) => [m.doc, m.entity, m.count, m.starts, m.ends, m.surfaces]),
    evidence: wire.evidence,
    relations: rows.relations.map((r) => [
      r.source,
      r.target,
      r.type,
      r.id,
      r.newEvidence,
      r.newDocuments,
      r.newConfidences,
    ]),
  };
}
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
async function rawChunk(
  chunk: readonly SyntheticDocument[],
  variant: RawVariant,
  out: PassResult,
): Promise<void> {
  const { driver, database } = getDriver();
  const statements = rawStatements(variant.prefix);
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
          RAW_STEPS.map(async (step) => tx.run(statements[step], { rows: params[step] })),
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
 * Loads the corpus with the loader and, chunk by chunk in between, with each raw baseline: on a
 * shared machine all see the same load, so their ratios hold even when absolute rates wander.
 */
async function passes(
  documents: number,
  rss: RssTracker,
  log: (line: string) => void = (line) => console.error(line),
): Promise<{ loader: PassResult; raws: Map<RawVariantName, PassResult> }> {
  const variants = LOAD_BENCH.rawVariants.map((name) => RAW_VARIANTS[name]);
  for (const v of variants) for (const statement of v.schema) await runAutoCommit(statement);
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
  const raws = new Map(variants.map((v) => [v.name, empty()]));
  const wall = process.hrtime.bigint();
  let done = 0;
  for (const chunk of chunks(documents, LOAD_BENCH.chunkDocs)) {
    const n = count(chunk);
    const merged = mergeExtractions(chunk.map((d) => d.extraction));
    const t = process.hrtime.bigint();
    const cpu = cpuSeconds();
    await loadExtraction(merged, { batchSize: LOAD_BENCH.batchDocs, isolateFailures: true });
    loader.ms += msSince(t);
    addCpu(loader, cpu);
    rss.sample();
    for (const v of variants) await rawChunk(chunk, v, raws.get(v.name)!);
    rss.sample();
    done += chunk.length;
    if (done % 1_000 === 0)
      log(
        `  ${done} docs: loader ${fmt(loader.ms / 1000, 1)} s (CPU ${fmt(loader.cpu.node, 1)} + ${fmt(loader.cpu.server, 1)} s)${[...raws].map(([name, r]) => `, raw ${name} ${fmt(r.ms / 1000, 1)} s (CPU ${fmt(r.cpu.node, 1)} + ${fmt(r.cpu.server, 1)} s)`).join('')}; RSS now ${fmt(rssMb())} MB, peak ${fmt(rss.peakMb)} MB`,
      );
    for (const pass of [loader, ...raws.values()]) {
      pass.entities += n.entities;
      pass.relations += n.relations;
    }
  }
  // Wall clock of the loader alone: generation and merging included, raw writing excluded.
  loader.wallMs = msSince(wall) - [...raws.values()].reduce((ms, r) => ms + r.ms, 0);
  for (const r of raws.values()) r.wallMs = r.ms;
  for (const v of variants) {
    for (const label of RAW.labels) {
      for (;;) {
        const deleted = await readValue<unknown>(
          `MATCH (n:${v.prefix}${label}) WITH n LIMIT toInteger($limit) DETACH DELETE n RETURN count(*) AS n`,
          'n',
          { limit: RAW.cleanupBatch },
        );
        if (Number(deleted ?? 0) === 0) break;
      }
    }
    for (const statement of v.schema) await runAutoCommit(dropOf(statement));
  }
  return { loader, raws };
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
  /** CPU ms per measured article, this process and Neo4j (less moved by neighbours than latency). */
  cpuMs: { node: number; server: number };
}> {
  const latencies: number[] = [];
  let entities = 0;
  let relations = 0;
  const cpu = { node: 0, server: 0 };
  const total = LOAD_BENCH.singleWarmup + LOAD_BENCH.singleRepetitions;
  for (let i = 0; i < total; i++) {
    const extraction: ExtractionResult = generateDocument(LOAD_BENCH.singleFrom + i).extraction;
    const before = cpuSeconds();
    const t = process.hrtime.bigint();
    await loadExtraction(extraction);
    if (i >= LOAD_BENCH.singleWarmup) {
      latencies.push(msSince(t));
      const after = cpuSeconds();
      cpu.node += after.node - before.node;
      cpu.server += after.server - before.server;
      entities += extraction.entities.length;
      relations += extraction.relations.length;
    }
  }
  const n = LOAD_BENCH.singleRepetitions;
  return {
    latencies,
    entities: entities / n,
    relations: relations / n,
    cpuMs: { node: (cpu.node * 1000) / n, server: (cpu.server * 1000) / n },
  };
}

const perS = (n: number, ms: number): number => n / (ms / 1000);

async function main(): Promise<void> {
  const full = process.argv.includes('--full');
  const sizes = full ? LOAD_BENCH.fullSizes : LOAD_BENCH.sizes;
  const rss = new RssTracker();
  const db = await openBenchDatabase((line) => console.error(line));
  const T = LOAD_BENCH.targets;
  const variants = LOAD_BENCH.rawVariants.map((name) => RAW_VARIANTS[name]);
  console.log(
    `load benchmark on ${db.describe}; sizes ${sizes.join(', ')} documents after a ${LOAD_BENCH.warmupDocs}-document warm-up; loader and raw batch ${LOAD_BENCH.batchDocs} documents`,
  );
  for (const v of variants) console.log(`raw ${v.name}: ${v.describe}`);
  const table: string[][] = [
    [
      'figure',
      'loader',
      ...variants.flatMap((v) => [`raw ${v.name}`, `loader/raw ${v.name}`]),
      'target',
    ],
  ];
  const summary: SummaryRow[] = [];
  let single: Awaited<ReturnType<typeof singleArticles>> | undefined;
  let biggest: PassResult | undefined;
  try {
    if (LOAD_BENCH.warmupDocs > 0) {
      await emptyStore();
      await passes(LOAD_BENCH.warmupDocs, new RssTracker(), () => {});
    }
    for (const documents of sizes) {
      await emptyStore();
      const rssBefore = rss.peakMb;
      const { loader, raws } = await passes(documents, rss);
      console.error(
        `${documents} docs: loader ${fmt(loader.ms / 1000, 1)} s writing, ${fmt(loader.wallMs / 1000, 1)} s wall${[...raws].map(([name, r]) => `; raw ${name} ${fmt(r.ms / 1000, 1)} s writing`).join('')}; RSS peak ${fmt(rss.peakMb)} MB (was ${fmt(rssBefore)} MB)`,
      );
      if (!single) single = await singleArticles();
      biggest = loader;
      const tag = `${fmt(documents)} docs`;
      const rawList = variants.map((v) => raws.get(v.name)!);
      const cpuTotal = (p: PassResult): number => p.cpu.node + p.cpu.server;
      const row = (
        figure: string,
        loaderText: string,
        rawText: (r: PassResult) => string,
        ratio: (r: PassResult) => string,
        target: string,
      ): string[] => [
        figure,
        loaderText,
        ...rawList.flatMap((r) => [rawText(r), ratio(r)]),
        target,
      ];
      const le = perS(loader.entities, loader.ms);
      const lr = perS(loader.relations, loader.ms);
      table.push(
        row(
          `entities/s, ${tag}`,
          fmt(le),
          (r) => fmt(perS(r.entities, r.ms)),
          (r) => fmt(le / perS(r.entities, r.ms), 2),
          `≥ ${fmt(T.entitiesPerS)}; ≥ ${T.rawShare} of raw`,
        ),
        row(
          `relationships/s, ${tag}`,
          fmt(lr),
          (r) => fmt(perS(r.relations, r.ms)),
          (r) => fmt(lr / perS(r.relations, r.ms), 2),
          `≥ ${fmt(T.relationsPerS)}; ≥ ${T.rawShare} of raw`,
        ),
        // Rows per CPU second, loader over raw: the ratio least moved by a busy machine.
        row(
          `CPU writing (Node + Neo4j), ${tag}`,
          `${fmt(loader.cpu.node, 1)} + ${fmt(loader.cpu.server, 1)} s`,
          (r) => `${fmt(r.cpu.node, 1)} + ${fmt(r.cpu.server, 1)} s`,
          (r) => (cpuTotal(loader) > 0 ? fmt(cpuTotal(r) / cpuTotal(loader), 2) : ''),
          `≥ ${T.rawShare} of raw`,
        ),
        row(
          `Node RSS peak so far, ${tag}`,
          `${fmt(rss.peakMb)} MB`,
          () => '',
          () => '',
          'flat',
        ),
        row(
          `write time, ${tag}`,
          `${fmt(loader.ms / 1000, 1)} s`,
          (r) => `${fmt(r.ms / 1000, 1)} s`,
          () => '',
          '',
        ),
      );
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
      );
      for (const v of variants) {
        const r = raws.get(v.name)!;
        const suffix = v.name === 'indexed' ? '' : ` ${v.name}`;
        summary.push(
          {
            bench: 'load',
            metric: `loader/raw${suffix} entities (${tag})`,
            value: +(le / perS(r.entities, r.ms)).toFixed(3),
            unit: 'ratio',
            target: `≥ ${T.rawShare}`,
          },
          {
            bench: 'load',
            metric: `loader/raw${suffix} relationships (${tag})`,
            value: +(lr / perS(r.relations, r.ms)).toFixed(3),
            unit: 'ratio',
            target: `≥ ${T.rawShare}`,
          },
        );
      }
    }
    await emptyStore();
  } finally {
    await db.close();
  }
  const pad = (cells: string[]): string[] => [
    ...cells.slice(0, -1),
    ...Array<string>(table[0]!.length - cells.length).fill(''),
    cells[cells.length - 1]!,
  ];
  if (single) {
    const p50 = median(single.latencies);
    table.push(
      pad([
        `one article alone (${fmt(single.entities)} entities, ${fmt(single.relations)} ties), p50 / p95`,
        `${fmt(p50, 1)} / ${fmt(percentile(single.latencies, 95), 1)} ms`,
        `p50 ≤ ${T.singleP50Ms} ms`,
      ]),
      pad([
        'one article alone, CPU per article (Node + Neo4j)',
        `${fmt(single.cpuMs.node, 1)} + ${fmt(single.cpuMs.server, 1)} ms`,
        '',
      ]),
    );
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
    table.push(
      pad([
        `10^5 documents, wall clock${measured ? '' : ` (extrapolated from ${fmt(biggest.documents)})`}`,
        `${fmt(minutes, 1)} min`,
        `< ${T.fullRunMin} min`,
      ]),
    );
    summary.push({
      bench: 'load',
      metric: `10^5 documents${measured ? '' : ' (extrapolated)'}`,
      value: +minutes.toFixed(2),
      unit: 'min',
      target: `< ${T.fullRunMin}`,
    });
  }
  const mem = rss.stop();
  table.push(
    pad([
      'Node RSS start / peak / end',
      `${fmt(mem.startMb)} / ${fmt(mem.peakMb)} / ${fmt(mem.endMb)} MB`,
      'flat in corpus size',
    ]),
  );
  summary.push({ bench: 'load', metric: 'RSS peak', value: Math.round(mem.peakMb), unit: 'MB' });
  printTable(table);
  printSummary(summary);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
