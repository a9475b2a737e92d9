import type { Entity, ExtractionResult, Relation } from '../../graph/types';

/**
 * Merges per-document extraction results into one, as cross-document resolution would: one
 * entity per id (aliases united, mentions concatenated), one relation per id (evidence
 * concatenated, highest confidence kept).
 */
export function mergeExtractions(results: Iterable<ExtractionResult>): ExtractionResult {
  const out: ExtractionResult = { documents: [], entities: [], relations: [] };
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  for (const r of results) {
    out.documents.push(...r.documents);
    for (const e of r.entities) {
      const seen = entities.get(e.id);
      if (!seen) entities.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
      else {
        for (const a of e.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
        seen.mentions.push(...e.mentions);
      }
    }
    for (const rel of r.relations) {
      const seen = relations.get(rel.id);
      if (!seen) relations.set(rel.id, { ...rel, evidence: [...rel.evidence] });
      else {
        seen.evidence.push(...rel.evidence);
        seen.confidence = Math.max(seen.confidence, rel.confidence);
      }
    }
  }
  out.entities = [...entities.values()];
  out.relations = [...relations.values()];
  return out;
}
