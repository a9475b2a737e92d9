import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../cypher/registry';
import { NotFoundError } from './errors';
import { findHighlights, type Highlight } from './highlights';
import { readTx } from './session';

interface EntityCore {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
  nameEn: string | null;
  nameZh: string | null;
  mentionCount: number | null;
  documentCount: number | null;
}

/** An entity with its districts, documents and ties. */
export async function entityDetail(id: string) {
  return readTx(async (tx) => {
    const res = await tx.run(cypher('queries/entity'), { id });
    const rec = res.records[0];
    if (!rec) throw new NotFoundError(`No entity with id ${id}`);
    const e = rec.get('entity') as EntityCore;
    return {
      entity: {
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases ?? [],
        names: { ...(e.nameZh ? { zh: e.nameZh } : {}), ...(e.nameEn ? { en: e.nameEn } : {}) },
        districts: rec.get('districts') as { id: string; name: string }[],
        documents: rec.get('documents') as { id: string; title: string; date: string | null }[],
        mentionCount: e.mentionCount ?? 0,
        documentCount: e.documentCount ?? 0,
      },
      relations: rec.get('relations') as unknown[],
    };
  });
}

interface EvidenceRecord {
  doc: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}

export interface EvidenceItem {
  doc: string;
  title: string;
  date: string | null;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  highlights: Highlight[];
}

interface DocumentRef {
  id: string;
  title: string;
  date: string | null;
}

interface Endpoint {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
  nameEn: string | null;
}

/** Every sentence that states edges `ids`, with both entities located in each sentence. */
export async function evidenceFor(
  ids: string[],
): Promise<Map<string, { edge: unknown; evidence: EvidenceItem[] }>> {
  if (ids.length === 0) return new Map();
  return readTx((tx) => evidenceIn(tx, ids));
}

/** evidenceFor inside a transaction the caller already holds. */
export async function evidenceIn(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, { edge: unknown; evidence: EvidenceItem[] }>> {
  const out = new Map<string, { edge: unknown; evidence: EvidenceItem[] }>();
  if (ids.length === 0) return out;
  // Two queries for all the edges, not two per edge, sent together (one round trip).
  const [heads, sentences] = await Promise.all([
    tx.run(cypher('queries/edge'), { ids }),
    tx.run(cypher('queries/edge-evidence'), { ids }),
  ]);
  const byEdge = new Map<string, { evidence: EvidenceRecord; document: DocumentRef }[]>();
  for (const r of sentences.records) {
    const id = r.get('id') as string;
    const list = byEdge.get(id) ?? [];
    list.push({
      evidence: r.get('evidence') as EvidenceRecord,
      document: r.get('document') as DocumentRef,
    });
    byEdge.set(id, list);
  }
  for (const rec of heads.records) {
    const source = rec.get('source') as Endpoint;
    const target = rec.get('target') as Endpoint;
    const namesOf = (e: Endpoint): string[] => [
      e.name,
      ...(e.aliases ?? []),
      ...(e.nameEn ? [e.nameEn] : []),
    ];
    const edge = rec.get('edge') as {
      id: string;
      type: string;
      confidence: number;
      evidenceCount: number;
    };
    const evidence = (byEdge.get(edge.id) ?? []).map(({ evidence: v, document: d }) => ({
      doc: d.id,
      title: d.title,
      date: d.date,
      sentence: v.sentence,
      start: v.start,
      end: v.end,
      confidence: v.confidence,
      highlights: findHighlights(v.sentence, namesOf(source), namesOf(target)),
    }));
    out.set(edge.id, {
      edge: {
        ...edge,
        source: { id: source.id, name: source.name, type: source.type },
        target: { id: target.id, name: target.name, type: target.type },
      },
      evidence,
    });
  }
  return out;
}

/** One edge with all its evidence. */
export async function edgeDetail(id: string) {
  const found = (await evidenceFor([id])).get(id);
  if (!found) throw new NotFoundError(`No relationship with id ${id}`);
  return found;
}
