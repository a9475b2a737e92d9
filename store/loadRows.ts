import { keysOfName } from '../graph/crossLanguage';
import { ValidationError } from '../graph/errors';
import { relationId } from '../graph/ids';
import type { DocumentInfo, Entity, ExtractionResult, Relation } from '../graph/types';
import { fullPinyin, pinyinInitials } from './pinyinKeys';

/** Rows for the load scripts (plain objects: the driver sends them as Cypher maps). */
export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  nameEn: string | null;
  nameZh: string | null;
  /**
   * Pinyin and initials of each name (one key per distinct name). The load script adds the keys the
   * entity lacks to its one search string (searchKeys), one by one: a known entity seen with no new
   * name leaves it as it is (no text-index update at all).
   */
  pinyin: string[];
  initials: string[];
  /** Mentions and documents this batch adds (its documents are new): counts grow incrementally. */
  newMentions: number;
  newDocuments: number;
}
export interface MentionRow {
  doc: string;
  entity: string;
  /** Position of the entity in BatchRows.entities: the load script finds its node there, not by id. */
  at: number;
  count: number;
  starts: number[];
  ends: number[];
  surfaces: string[];
}
export interface RelationRow {
  id: string;
  type: string;
  source: string;
  target: string;
  /** Positions of source and target in BatchRows.entities (as MentionRow.at). */
  sourceAt: number;
  targetAt: number;
  /** Evidence this batch adds (its documents are new), so edge figures update incrementally. */
  newEvidence: number;
  newDocuments: number;
  newConfidences: number[];
}
/** One sentence stating a tie: only what neither the tie nor the document holds. */
export interface EvidenceRow {
  relId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}
/** A document's evidence, sent together: the document is looked up once for all of it. */
export interface EvidenceGroup {
  doc: string;
  rows: EvidenceRow[];
}
/** A document's mentions, sent together for the same reason. */
export interface MentionGroup {
  doc: string;
  rows: MentionRow[];
}
export interface DocumentRow {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  lang: string;
  hash: string;
  length: number;
}
/** An alias key nobody holds yet (resolve-aliases found it absent) and the entity claiming it. */
export interface KeyRow {
  key: string;
  entity: string;
}
export interface BatchRows {
  documents: DocumentRow[];
  /** Sorted by id, so concurrent loads lock shared entities in one order. */
  entities: EntityRow[];
  /** Sorted by key, for the same reason. */
  keys: KeyRow[];
  mentions: MentionRow[];
  /** The same mention rows, grouped by document. */
  mentionGroups: MentionGroup[];
  relations: RelationRow[];
  evidence: EvidenceGroup[];
  /** Evidence rows in all groups. */
  evidenceCount: number;
}

/** The key under which an entity can be found again by any of its surface forms. */
export function aliasKey(type: string, surface: string): string {
  return `${type}|${surface}`;
}

const ROW_CACHES = Object.freeze({
  /**
   * Surface forms whose keys are kept between batches: popular names recur in nearly every one.
   * Measured on the synthetic corpus: at 50k (least recently used forgotten first) the heap of
   * row building levels off at ~80 MB from 3k articles on (the former 200k, emptied when full,
   * grew it from 60 MB at 1k to 117 MB at 9k articles), and a single article after a 1k-article
   * load misses as often as with 200k (39 forms); 20k kept 57 MB but missed 7 more per article.
   */
  maxEntries: 50_000,
  /**
   * Entities warmed per event-loop turn by warmRowCaches: a turn of ~20 new names takes about a
   * millisecond, so the batch in flight waits at most that long for its next reply to be handled.
   */
  warmPerTurn: 20,
});

/**
 * A memo that forgets the least recently used entry when full (a Map keeps insertion order, and a
 * hit is moved to the end): memory stays bounded while the popular names stay cached.
 */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let hit = cache.get(key);
    if (hit === undefined) {
      if (cache.size >= ROW_CACHES.maxEntries) cache.delete(cache.keys().next().value!);
      hit = compute(key);
    } else cache.delete(key);
    cache.set(key, hit);
    return hit;
  };
}

/**
 * Language-independent keys of one surface form ("x|Type|University|chongqing"). The exact-Chinese
 * key ("zh|重庆大学") says no more than the surface key "Type|重庆大学", so it becomes that key:
 * one AliasKey node fewer per Chinese form, and an English entity citing the Chinese form still
 * finds it.
 */
const formKeys = memo((typeAndForm: string): string[] => {
  const at = typeAndForm.indexOf('|');
  const type = typeAndForm.slice(0, at) as Entity['type'];
  return keysOfName(typeAndForm.slice(at + 1), type).map((k) =>
    k.startsWith('zh|') ? aliasKey(type, k.slice(3)) : `x|${type}|${k}`,
  );
});

/**
 * All keys an entity can be found again by: each surface form ("Type|name", canonical name
 * first), then its language-independent keys, so an English article's "Chongqing University"
 * attaches to a stored 重庆大学 of the same type.
 */
export function aliasKeysOf(entity: Pick<Entity, 'type' | 'name' | 'aliases' | 'names'>): string[] {
  const forms = new Set([entity.name, ...entity.aliases]);
  const keys = new Set([...forms].map((a) => aliasKey(entity.type, a)));
  if (entity.names?.zh) forms.add(entity.names.zh);
  if (entity.names?.en) forms.add(entity.names.en);
  for (const form of forms) {
    if (form.trim() === '') continue;
    for (const k of formKeys(aliasKey(entity.type, form))) keys.add(k);
  }
  return [...keys];
}

/**
 * The alias keys of each entity id (the union, should an id occur twice): computed once per batch
 * and shared by the alias lookup, the resolution and buildRows, which would each compute them.
 */
export function keysByEntity(entities: readonly Entity[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entities) {
    const seen = out.get(e.id);
    out.set(e.id, seen ? [...new Set([...seen, ...aliasKeysOf(e)])] : aliasKeysOf(e));
  }
  return out;
}

/** Pinyin conversion dominates row building: memoised per name. */
const pinyinOf = memo((name: string) => ({
  pinyin: fullPinyin(name),
  initials: pinyinInitials(name),
}));

/** Search keys of a name list: the distinct pinyin and initials of its names. */
function cachedSearchKeys(names: string[]): { pinyin: string[]; initials: string[] } {
  const keys = [...new Set(names)].map(pinyinOf);
  return {
    pinyin: [...new Set(keys.map((k) => k.pinyin))],
    initials: [...new Set(keys.map((k) => k.initials))],
  };
}

/**
 * Computes the cached alias keys and pinyin of some entities ahead of their batch, a few at a
 * time between I/O callbacks: the loader runs it for the next batch while Neo4j writes the current
 * one, so the keys and pinyin of new names (most of the loader's own CPU after packing) are ready
 * when that batch is built. Rows built afterwards are the same (the caches only remember).
 */
export async function warmRowCaches(
  entities: readonly Entity[],
  perTurn: number = ROW_CACHES.warmPerTurn,
): Promise<void> {
  for (let i = 0; i < entities.length; i += perTurn) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (const e of entities.slice(i, i + perTurn)) {
      aliasKeysOf(e);
      for (const name of [e.name, ...e.aliases]) pinyinOf(name);
      if (e.names?.en) pinyinOf(e.names.en);
    }
  }
}

/** The part of an extraction result that belongs to the given documents. */
export function sliceForDocuments(
  result: ExtractionResult,
  docIds: ReadonlySet<string>,
): ExtractionResult {
  const documents = result.documents.filter((d) => docIds.has(d.id));
  const entities: Entity[] = [];
  for (const e of result.entities) {
    const mentions = e.mentions.filter((m) => docIds.has(m.doc));
    if (mentions.length > 0) entities.push({ ...e, mentions });
  }
  const relations: Relation[] = [];
  for (const r of result.relations) {
    const evidence = r.evidence.filter((v) => docIds.has(v.doc));
    if (evidence.length > 0) relations.push({ ...r, evidence });
  }
  return { documents, entities, relations };
}

/** Groups an entity's mentions (or a tie's evidence) by the batch of their document. */
function splitByBatch<P extends { doc: string }>(
  pieces: readonly P[],
  batchOf: ReadonlyMap<string, number>,
): Map<number, P[]> {
  const parts = new Map<number, P[]>();
  for (const piece of pieces) {
    const b = batchOf.get(piece.doc);
    if (b === undefined) continue;
    const part = parts.get(b);
    if (part) part.push(piece);
    else parts.set(b, [piece]);
  }
  return parts;
}

/**
 * Splits an extraction result into batches of `batchSize` documents in one pass over its
 * mentions and evidence (slicing per batch would walk the whole result once per batch).
 */
export function partitionByDocuments(
  result: ExtractionResult,
  batchSize: number,
): ExtractionResult[] {
  const batchOf = new Map<string, number>();
  const batches: ExtractionResult[] = [];
  result.documents.forEach((d, i) => {
    const b = Math.floor(i / batchSize);
    batchOf.set(d.id, b);
    (batches[b] ??= { documents: [], entities: [], relations: [] }).documents.push(d);
  });
  for (const e of result.entities) {
    for (const [b, mentions] of splitByBatch(e.mentions, batchOf))
      batches[b]!.entities.push({ ...e, mentions });
  }
  for (const r of result.relations) {
    for (const [b, evidence] of splitByBatch(r.evidence, batchOf))
      batches[b]!.relations.push({ ...r, evidence });
  }
  return batches;
}

/**
 * Builds the rows for one batch. `resolved` maps an extracted entity id to the id of the stored
 * entity it is the same as (found through an alias key); unmapped ids are kept. `storedKeys`
 * are the alias keys already stored: only the others are written.
 */
export function buildRows(
  result: ExtractionResult,
  resolved: ReadonlyMap<string, string>,
  storedKeys: ReadonlySet<string> = new Set(),
  entityKeys: ReadonlyMap<string, string[]> = new Map(),
): BatchRows {
  const finalId = (id: string): string => resolved.get(id) ?? id;

  const entities = new Map<string, EntityRow>();
  const keysOfRow = new Map<string, string[]>();
  const mentions = new Map<string, MentionRow>();
  for (const e of result.entities) {
    const id = finalId(e.id);
    const existing = entities.get(id);
    const aliases = [...new Set([...(existing?.aliases ?? []), e.name, ...e.aliases])];
    const nameEn = existing?.nameEn ?? e.names?.en ?? null;
    const keys = cachedSearchKeys([...aliases, ...(nameEn ? [nameEn] : [])]);
    keysOfRow.set(id, [...(keysOfRow.get(id) ?? []), ...(entityKeys.get(e.id) ?? aliasKeysOf(e))]);
    entities.set(id, {
      id,
      type: e.type,
      name: existing?.name ?? e.name,
      aliases,
      nameEn,
      nameZh: existing?.nameZh ?? e.names?.zh ?? null,
      pinyin: keys.pinyin,
      initials: keys.initials,
      newMentions: 0,
      newDocuments: 0,
    });
    for (const m of e.mentions) {
      const key = `${m.doc}|${id}`;
      const row = mentions.get(key) ?? {
        doc: m.doc,
        entity: id,
        at: -1,
        count: 0,
        starts: [],
        ends: [],
        surfaces: [],
      };
      row.count += 1;
      row.starts.push(m.start);
      row.ends.push(m.end);
      if (!row.surfaces.includes(m.text)) row.surfaces.push(m.text);
      mentions.set(key, row);
    }
  }

  for (const m of mentions.values()) {
    const row = entities.get(m.entity)!;
    row.newMentions += m.count;
    row.newDocuments += 1;
  }
  // Each absent key is created once, for the first entity claiming it (as MERGE … ON CREATE would).
  const keys = new Map<string, KeyRow>();
  for (const row of entities.values()) {
    for (const key of keysOfRow.get(row.id)!) {
      if (!storedKeys.has(key) && !keys.has(key)) keys.set(key, { key, entity: row.id });
    }
  }

  const relations = new Map<string, RelationRow>();
  // One record per (tie, document, offsets): an extraction citing a sentence twice stores it once.
  const evidence = new Map<string, Map<string, EvidenceRow>>();
  const docsOf = new Map<string, Set<string>>();
  let evidenceCount = 0;
  for (const r of result.relations) {
    const source = finalId(r.source);
    const target = finalId(r.target);
    if (source === target) continue; // two names of one entity: no self-tie
    const id = relationId(r.type, source, target);
    const rel = relations.get(id) ?? {
      id,
      type: r.type,
      source,
      target,
      sourceAt: -1,
      targetAt: -1,
      newEvidence: 0,
      newDocuments: 0,
      newConfidences: [],
    };
    relations.set(id, rel);
    for (const v of r.evidence) {
      let group = evidence.get(v.doc);
      if (!group) evidence.set(v.doc, (group = new Map()));
      const key = `${id}|${v.start}|${v.end}`;
      if (group.has(key)) continue;
      group.set(key, {
        relId: id,
        sentence: v.sentence,
        start: v.start,
        end: v.end,
        confidence: r.confidence,
      });
      evidenceCount += 1;
      rel.newEvidence += 1;
      rel.newConfidences.push(r.confidence);
      docsOf.set(id, (docsOf.get(id) ?? new Set()).add(v.doc));
    }
  }
  for (const [relId, docs] of docsOf) relations.get(relId)!.newDocuments = docs.size;

  const sorted = [...entities.values()].sort(byKey((e) => e.id));
  const position = new Map(sorted.map((e, i) => [e.id, i]));
  const mentionGroups = new Map<string, MentionRow[]>();
  for (const m of mentions.values()) {
    m.at = position.get(m.entity)!;
    const group = mentionGroups.get(m.doc);
    if (group) group.push(m);
    else mentionGroups.set(m.doc, [m]);
  }
  // A tie whose end is not among this batch's entities cannot be written: fail here, clearly
  // (parseExtraction already refuses such input; buildRows may be called without it).
  for (const r of relations.values()) {
    r.sourceAt = position.get(r.source) ?? -1;
    r.targetAt = position.get(r.target) ?? -1;
    if (r.sourceAt < 0 || r.targetAt < 0)
      throw new ValidationError(
        `Relation ${r.id} points at an entity with no mention in its documents`,
      );
  }

  return {
    documents: result.documents.map(documentRow),
    entities: sorted,
    keys: [...keys.values()].sort(byKey((k) => k.key)),
    mentions: [...mentions.values()],
    mentionGroups: [...mentionGroups].map(([doc, rows]) => ({ doc, rows })),
    relations: [...relations.values()],
    evidence: [...evidence].map(([doc, rows]) => ({ doc, rows: [...rows.values()] })),
    evidenceCount,
  };
}

function byKey<T>(key: (row: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

function documentRow(d: DocumentInfo): DocumentRow {
  return {
    id: d.id,
    title: d.title,
    source: d.source ?? null,
    date: d.date ?? null,
    lang: d.lang,
    hash: d.hash,
    length: d.length,
  };
}
