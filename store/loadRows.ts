import { createHash } from 'node:crypto';
import { crossLanguageKeys } from '../graph/crossLanguage';
import { relationId } from '../graph/ids';
import type { DocumentInfo, Entity, ExtractionResult, Relation } from '../graph/types';
import { searchKeys } from './pinyinKeys';

/** Rows for the load scripts (plain objects: the driver sends them as Cypher maps). */
export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  aliasKeys: string[];
  nameEn: string | null;
  nameZh: string | null;
  pinyin: string;
  initials: string;
}
export interface MentionRow {
  doc: string;
  entity: string;
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
  /** Evidence this batch adds (its documents are new), so edge figures update incrementally. */
  newEvidence: number;
  newDocuments: number;
  newConfidences: number[];
}
export interface EvidenceRow {
  id: string;
  relId: string;
  relType: string;
  source: string;
  target: string;
  doc: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
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
export interface BatchRows {
  documents: DocumentRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  evidence: EvidenceRow[];
}

/** The key under which an entity can be found again by any of its surface forms. */
export function aliasKey(type: string, surface: string): string {
  return `${type}|${surface}`;
}

const ALIAS_KEY_CACHE = Object.freeze({
  /** Entities whose keys are kept between batches: popular entities recur in nearly every one. */
  maxEntries: 50_000,
});
const aliasKeyCache = new Map<string, string[]>();

/**
 * All keys an entity can be found again by: each surface form ("Type|name", canonical name
 * first), then its language-independent keys ("x|Type|University|chongqing"), so an English
 * article's "Chongqing University" attaches to a stored 重庆大学 of the same type.
 */
export function aliasKeysOf(entity: Pick<Entity, 'type' | 'name' | 'aliases' | 'names'>): string[] {
  const cacheKey = JSON.stringify([entity.type, entity.name, entity.aliases, entity.names ?? null]);
  const hit = aliasKeyCache.get(cacheKey);
  if (hit) return hit;
  const surfaces = [...new Set([entity.name, ...entity.aliases])].map((a) =>
    aliasKey(entity.type, a),
  );
  const crossLanguage = crossLanguageKeys(entity).map((k) => `x|${entity.type}|${k}`);
  const keys = [...new Set([...surfaces, ...crossLanguage])];
  if (aliasKeyCache.size >= ALIAS_KEY_CACHE.maxEntries) aliasKeyCache.clear();
  aliasKeyCache.set(cacheKey, keys);
  return keys;
}

const SEARCH_KEY_CACHE = Object.freeze({
  /** Name lists whose pinyin keys are kept: popular entities recur in nearly every batch. */
  maxEntries: 50_000,
});
const searchKeyCache = new Map<string, { pinyin: string; initials: string }>();

/** searchKeys() (pinyin conversion dominates row building) memoised per name list. */
function cachedSearchKeys(names: string[]): { pinyin: string; initials: string } {
  const key = names.join('\u0000');
  let keys = searchKeyCache.get(key);
  if (!keys) {
    if (searchKeyCache.size >= SEARCH_KEY_CACHE.maxEntries) searchKeyCache.clear();
    keys = searchKeys(names);
    searchKeyCache.set(key, keys);
  }
  return keys;
}

function evidenceId(relId: string, doc: string, start: number, end: number): string {
  return (
    'v_' + createHash('sha1').update(`${relId}|${doc}|${start}|${end}`).digest('hex').slice(0, 16)
  );
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

/**
 * Builds the rows for one batch. `resolved` maps an extracted entity id to the id of the stored
 * entity it is the same as (found through an alias key); unmapped ids are kept.
 */
export function buildRows(
  result: ExtractionResult,
  resolved: ReadonlyMap<string, string>,
): BatchRows {
  const finalId = (id: string): string => resolved.get(id) ?? id;

  const entities = new Map<string, EntityRow>();
  const mentions = new Map<string, MentionRow>();
  for (const e of result.entities) {
    const id = finalId(e.id);
    const existing = entities.get(id);
    const aliases = [...new Set([...(existing?.aliases ?? []), e.name, ...e.aliases])];
    const nameEn = existing?.nameEn ?? e.names?.en ?? null;
    const keys = cachedSearchKeys([...aliases, ...(nameEn ? [nameEn] : [])]);
    entities.set(id, {
      id,
      type: e.type,
      name: existing?.name ?? e.name,
      aliases,
      aliasKeys: [...new Set([...(existing?.aliasKeys ?? []), ...aliasKeysOf(e)])],
      nameEn,
      nameZh: existing?.nameZh ?? e.names?.zh ?? null,
      pinyin: keys.pinyin,
      initials: keys.initials,
    });
    for (const m of e.mentions) {
      const key = `${m.doc}|${id}`;
      const row = mentions.get(key) ?? {
        doc: m.doc,
        entity: id,
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

  const relations = new Map<string, RelationRow>();
  const evidence = new Map<string, EvidenceRow>();
  for (const r of result.relations) {
    const source = finalId(r.source);
    const target = finalId(r.target);
    if (source === target) continue; // two names of one entity: no self-tie
    const id = relationId(r.type, source, target);
    relations.set(id, {
      id,
      type: r.type,
      source,
      target,
      newEvidence: 0,
      newDocuments: 0,
      newConfidences: [],
    });
    for (const v of r.evidence) {
      const vid = evidenceId(id, v.doc, v.start, v.end);
      evidence.set(vid, {
        id: vid,
        relId: id,
        relType: r.type,
        source,
        target,
        doc: v.doc,
        sentence: v.sentence,
        start: v.start,
        end: v.end,
        confidence: r.confidence,
      });
    }
  }

  const docsOf = new Map<string, Set<string>>();
  for (const v of evidence.values()) {
    const rel = relations.get(v.relId)!;
    rel.newEvidence += 1;
    rel.newConfidences.push(v.confidence);
    docsOf.set(v.relId, (docsOf.get(v.relId) ?? new Set()).add(v.doc));
  }
  for (const [relId, docs] of docsOf) relations.get(relId)!.newDocuments = docs.size;

  return {
    documents: result.documents.map(documentRow),
    entities: [...entities.values()],
    mentions: [...mentions.values()],
    relations: [...relations.values()],
    evidence: [...evidence.values()],
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
