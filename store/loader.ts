import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../cypher/registry';
import type { ExtractionResult } from '../graph/types';
import { parseExtraction } from './extractionSchema';
import {
  buildRows,
  keysByEntity,
  partitionByDocuments,
  sliceForDocuments,
  warmRowCaches,
} from './loadRows';
import { loadParams } from './loadWire';
import { DbUnavailableError, QueryTimeoutError } from './errors';
import { writeTx } from './session';

export const LOAD_DEFAULTS = Object.freeze({
  /**
   * Documents per transaction in bulk loads. Measured (load bench, Neo4j CPU per document): 10 and
   * 50 cost the same, 200 costs ~15% more (a bigger transaction state to commit and collect), and
   * 50 keeps a failed batch cheap to retry document by document.
   */
  batchSize: 50,
});

/**
 * Steps of one batch, in order; tests inject a failure after any of them. `entities` also writes
 * their alias keys, the documents' mentions and the ties (load/entities).
 */
export const LOAD_STEPS = Object.freeze(['documents', 'entities', 'evidence'] as const);
export type LoadStep = (typeof LOAD_STEPS)[number];

export interface LoadProgress {
  documentsDone: number;
  documentsTotal: number;
  entities: number;
  relations: number;
  elapsedMs: number;
}

export interface LoadOptions {
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
  /** For fault-injection tests only: throw inside the transaction after this step. */
  failAfterStep?: LoadStep;
  /** The input already passed parseExtraction (e.g. the CLI checked every file first): not parsed again. */
  validated?: boolean;
  /**
   * Bulk loads: when a batch fails, its documents are tried again one per transaction, so the good
   * ones land and each bad one is reported in `failed` instead of stopping the load. Off by
   * default: an API request stays all-or-nothing. Neo4j going away still stops the load.
   */
  isolateFailures?: boolean;
  /** For fault-injection tests only: fail any transaction holding this document, after its writes. */
  failForDocument?: string;
}

/** A document a bulk load could not store (nothing of it was written). */
export interface LoadFailure {
  id: string;
  title: string;
  error: string;
}

export interface LoadSummary {
  /** Documents written (new, or replaced because their content changed). */
  loaded: string[];
  /** Documents already stored with the same content: nothing was written for them. */
  unchanged: string[];
  entityIds: string[];
  relationIds: string[];
  evidence: number;
  /** Documents left out by a bulk load with isolateFailures (always empty otherwise). */
  failed: LoadFailure[];
}

export class InjectedLoadFailure extends Error {
  override name = 'InjectedLoadFailure';
}

/**
 * Stores an extraction result. Each batch of documents is one transaction: a document is either
 * entirely stored or not at all. Loading the same documents again changes nothing; an entity
 * already stored under one of its aliases is attached to, not duplicated.
 */
export async function loadExtraction(
  input: ExtractionResult,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const result = options.validated ? input : parseExtraction(input);
  const batchSize = options.batchSize ?? LOAD_DEFAULTS.batchSize;
  const summary: LoadSummary = {
    loaded: [],
    unchanged: [],
    entityIds: [],
    relationIds: [],
    evidence: 0,
    failed: [],
  };
  const started = Date.now();
  const entityIds = new Set<string>();
  const relationIds = new Set<string>();

  const slices = partitionByDocuments(result, batchSize);
  for (let b = 0; b < slices.length; b++) {
    const i = b * batchSize;
    const slice = slices[b]!;
    // Released as soon as written: only the rows of the batch in flight stay alive.
    slices[b] = undefined as never;
    const writing = writeIsolating(slice, options, summary.failed);
    // While Neo4j writes this batch, the next one's keys and pinyin are computed (Node and Neo4j
    // work side by side instead of in turn); a failed write is still reported by `writing`.
    const next = slices[b + 1];
    if (next) await Promise.all([writing, warmRowCaches(next.entities)]).catch(() => undefined);
    for (const batch of await writing) {
      summary.loaded.push(...batch.loaded);
      summary.unchanged.push(...batch.unchanged);
      batch.entityIds.forEach((id) => entityIds.add(id));
      batch.relationIds.forEach((id) => relationIds.add(id));
      summary.evidence += batch.evidence;
    }
    options.onProgress?.({
      documentsDone: Math.min(i + batchSize, result.documents.length),
      documentsTotal: result.documents.length,
      entities: entityIds.size,
      relations: relationIds.size,
      elapsedMs: Date.now() - started,
    });
  }
  summary.entityIds = [...entityIds];
  summary.relationIds = [...relationIds];
  return summary;
}

/** Neo4j is gone (not merely slow): retrying document by document would fail the same way. */
function stopsTheLoad(error: unknown): boolean {
  return error instanceof DbUnavailableError && !(error instanceof QueryTimeoutError);
}

/**
 * Writes one batch; with isolateFailures, a failed batch (rolled back whole) is written again one
 * document per transaction, and the documents that still fail are added to `failed`.
 */
async function writeIsolating(
  slice: ExtractionResult,
  options: LoadOptions,
  failed: LoadFailure[],
): Promise<BatchOutcome[]> {
  try {
    return [await writeBatch(slice, options)];
  } catch (error) {
    if (!options.isolateFailures || stopsTheLoad(error)) throw error;
    if (slice.documents.length === 1) {
      const d = slice.documents[0]!;
      failed.push({ id: d.id, title: d.title, error: (error as Error).message });
      return [];
    }
  }
  const outcomes: BatchOutcome[] = [];
  for (const single of partitionByDocuments(slice, 1)) {
    outcomes.push(...(await writeIsolating(single, options, failed)));
  }
  return outcomes;
}

/** A uniqueness constraint refused a write: another transaction stored the same key first. */
function isConstraintRace(error: unknown): boolean {
  return (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/**
 * Writes one batch. Two requests loading the same new document at once both find it absent;
 * the second then fails on the document id constraint (load/documents creates it). Running
 * the batch again sees the first one's committed document and skips (or replaces) it.
 */
async function writeBatch(slice: ExtractionResult, options: LoadOptions): Promise<BatchOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeTx((tx) => loadBatch(tx, slice, options));
    } catch (error) {
      if (attempt >= 3 || !isConstraintRace(error)) throw error;
    }
  }
}

interface BatchOutcome {
  loaded: string[];
  unchanged: string[];
  entityIds: string[];
  relationIds: string[];
  evidence: number;
}

/**
 * A query result as a promise that is already observed: when an earlier step fails (or a test
 * injects a failure) the later, pipelined ones reject too, and nobody awaits them any more.
 */
function settle<T>(result: PromiseLike<T>): Promise<T> {
  const promise = Promise.resolve(result);
  promise.catch(() => undefined);
  return promise;
}

/** One transaction function: idempotent, since the driver may run it again after a transient error. */
async function loadBatch(
  tx: ManagedTransaction,
  slice: ExtractionResult,
  options: LoadOptions,
): Promise<BatchOutcome> {
  const step = (name: LoadStep): void => {
    if (options.failAfterStep === name)
      throw new InjectedLoadFailure(`injected failure after ${name}`);
  };

  // Both reads go out at once (one round trip); the alias lookup is repeated only if replacing
  // a changed document removed entities it found.
  // The mapped promise is settled too: when the other read fails first (Neo4j gone), nobody
  // awaits this one, and its rejection must not surface as an unhandled one.
  const entityKeys = keysByEntity(slice.entities);
  const allKeys = [...new Set([...entityKeys.values()].flat())];
  const aliasLookup = (): Promise<Map<string, string>> =>
    settle(
      Promise.resolve(tx.run(cypher('load/resolve-aliases'), { keys: allKeys })).then(
        (found) =>
          new Map(found.records.map((r) => [r.get('key') as string, r.get('entity') as string])),
      ),
    );
  const existingRead = settle(
    tx.run(cypher('load/existing-documents'), { ids: slice.documents.map((d) => d.id) }),
  );
  let lookup = aliasLookup();
  const existing = await existingRead;
  const storedHash = new Map(
    existing.records.map((r) => [r.get('id') as string, r.get('hash') as string]),
  );
  const unchanged = slice.documents.filter((d) => storedHash.get(d.id) === d.hash).map((d) => d.id);
  const changed = slice.documents.filter(
    (d) => storedHash.has(d.id) && storedHash.get(d.id) !== d.hash,
  );
  if (changed.length > 0) {
    await lookup;
    for (const d of changed) await unloadInTx(tx, d.id);
    lookup = aliasLookup();
  }

  const toLoad = new Set(slice.documents.filter((d) => !unchanged.includes(d.id)).map((d) => d.id));
  if (toLoad.size === 0) {
    await lookup;
    return { loaded: [], unchanged, entityIds: [], relationIds: [], evidence: 0 };
  }
  const work = unchanged.length > 0 ? sliceForDocuments(slice, toLoad) : slice;

  const entityByKey = await lookup;
  const resolved = new Map<string, string>();
  for (const e of work.entities) {
    const match = entityKeys
      .get(e.id)!
      .map((k) => entityByKey.get(k))
      .find((id) => id !== undefined);
    if (match !== undefined && match !== e.id) resolved.set(e.id, match);
  }

  const rows = buildRows(work, resolved, new Set(entityByKey.keys()), entityKeys);
  const params = loadParams(rows);
  // The writes are sent back to back (pipelined) and their results awaited in order: one round
  // trip instead of three. A failure in any of them fails the transaction, which rolls back.
  const writes: [LoadStep, Promise<unknown>][] = [
    ['documents', settle(tx.run(cypher('load/documents'), { documents: params.documents }))],
    [
      'entities',
      settle(
        tx.run(cypher('load/entities'), {
          entities: params.entities,
          keys: params.keys,
          mentions: params.mentions,
          relations: params.relations,
        }),
      ),
    ],
    ['evidence', settle(tx.run(cypher('load/evidence'), { evidence: params.evidence }))],
  ];
  for (const [name, write] of writes) {
    await write;
    step(name);
  }
  if (options.failForDocument !== undefined && toLoad.has(options.failForDocument))
    throw new InjectedLoadFailure(`injected failure for ${options.failForDocument}`);

  return {
    loaded: [...toLoad],
    unchanged,
    entityIds: rows.entities.map((e) => e.id),
    relationIds: rows.relations.map((r) => r.id),
    evidence: rows.evidenceCount,
  };
}

/** Removes a document inside an open transaction; returns false when it was not stored. */
export async function unloadInTx(tx: ManagedTransaction, docId: string): Promise<boolean> {
  const res = await tx.run(cypher('load/unload-document'), { id: docId });
  const record = res.records[0];
  if (!record) return false;
  await tx.run(cypher('load/refresh-relations'), { ids: record.get('relationIds') as string[] });
  await tx.run(cypher('load/refresh-entities'), { ids: record.get('entityIds') as string[] });
  return true;
}

/** Removes a document, its evidence, and whatever it alone supported. */
export async function unloadDocument(docId: string): Promise<boolean> {
  return writeTx((tx) => unloadInTx(tx, docId));
}
