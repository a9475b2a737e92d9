import type { BatchRows } from './loadRows';

/**
 * The parameters of the load scripts, rows as positional lists instead of maps. The driver packs
 * every map key of every row as a string: for a 50-article batch that was ~2,400 key strings per
 * article, the largest single cost of the loader's own CPU (Neo4j unpacks them all again). The
 * column order of each list is the contract with cypher/load/*.cypher, stated once here.
 */
export interface LoadParams {
  /** documents: maps (a handful per batch). */
  documents: BatchRows['documents'];
  /** entities: [id, type, name, aliases, nameEn, nameZh, pinyinKeys, initialsKeys, newMentions, newDocuments] */
  entities: unknown[][];
  /** keys: [key, entityId] */
  keys: [string, string][];
  /** mentions: [docId, [[at, count, starts, ends, surfaces], …]] */
  mentions: [string, unknown[][]][];
  /** relations: [sourceAt, targetAt, type, id, newEvidence, newDocuments, newConfidences] */
  relations: unknown[][];
  /** evidence: [docId, [[relId, sentence, start, end, confidence], …]] */
  evidence: [string, unknown[][]][];
}

export function loadParams(rows: BatchRows): LoadParams {
  return {
    documents: rows.documents,
    entities: rows.entities.map(entityRow),
    keys: rows.keys.map((k) => [k.key, k.entity]),
    mentions: rows.mentionGroups.map((g) => [
      g.doc,
      g.rows.map((m) => [m.at, m.count, m.starts, m.ends, m.surfaces]),
    ]),
    relations: rows.relations.map((r) => [
      r.sourceAt,
      r.targetAt,
      r.type,
      r.id,
      r.newEvidence,
      r.newDocuments,
      r.newConfidences,
    ]),
    evidence: rows.evidence.map((g) => [
      g.doc,
      g.rows.map((v) => [v.relId, v.sentence, v.start, v.end, v.confidence]),
    ]),
  };
}

/** One entity as a load-script row, in the column order of LoadParams.entities. */
export function entityRow(e: BatchRows['entities'][number]): unknown[] {
  return [
    e.id,
    e.type,
    e.name,
    e.aliases,
    e.nameEn,
    e.nameZh,
    e.pinyin,
    e.initials,
    e.newMentions,
    e.newDocuments,
  ];
}
