import { createHash } from 'node:crypto';
import { entityId, relationId } from '../../graph/ids';
import type { EntityType, RelationType } from '../../graph/ontology';
import type { Entity, ExtractionResult, Relation } from '../../graph/types';

/** Builds small, hand-made extraction results for store tests (independent of the extractor). */
export interface DocSpec {
  id: string;
  text: string;
  title?: string;
}
export interface EntitySpec {
  name: string;
  type: EntityType;
  aliases?: string[];
  /** Documents (ids) that mention it; offsets are found in the text. */
  docs: string[];
}
export interface RelationSpec {
  type: RelationType;
  source: string;
  target: string;
  doc: string;
  sentence: string;
  confidence?: number;
}

export function makeExtraction(
  docs: DocSpec[],
  entities: EntitySpec[],
  relations: RelationSpec[],
): ExtractionResult {
  const textOf = new Map(docs.map((d) => [d.id, d.text]));
  const idOf = new Map<string, string>();
  const outEntities: Entity[] = entities.map((e) => {
    const id = entityId(e.type, e.name);
    idOf.set(e.name, id);
    const surfaces = [e.name, ...(e.aliases ?? [])];
    const mentions = e.docs.flatMap((doc) => {
      const text = textOf.get(doc) ?? '';
      return surfaces
        .map((s) => ({ s, at: text.indexOf(s) }))
        .filter((m) => m.at >= 0)
        .map((m) => ({ doc, start: m.at, end: m.at + m.s.length, text: m.s }));
    });
    return { id, name: e.name, type: e.type, aliases: surfaces, mentions };
  });
  const outRelations: Relation[] = relations.map((r) => {
    const source = idOf.get(r.source);
    const target = idOf.get(r.target);
    if (!source || !target) throw new Error(`unknown endpoint in ${r.source} → ${r.target}`);
    const text = textOf.get(r.doc) ?? '';
    const start = Math.max(0, text.indexOf(r.sentence));
    return {
      id: relationId(r.type, source, target),
      type: r.type,
      source,
      target,
      confidence: r.confidence ?? 0.9,
      evidence: [{ doc: r.doc, sentence: r.sentence, start, end: start + r.sentence.length }],
    };
  });
  return {
    documents: docs.map((d) => ({
      id: d.id,
      title: d.title ?? d.id,
      lang: 'zh',
      hash: createHash('sha256').update(d.text).digest('hex'),
      length: d.text.length,
    })),
    entities: outEntities,
    relations: outRelations,
  };
}
