import { extractDocument } from '../../graph/index';
import type { DocExtraction } from '../../graph/types';

/** Helpers for Chinese extraction unit tests: run one text, list names and ties readably. */
export function run(text: string): DocExtraction {
  return extractDocument({ id: 't', text });
}

export function names(r: { entities: DocExtraction['entities'] }, type?: string): string[] {
  return r.entities.filter((e) => !type || e.type === type).map((e) => e.name);
}

/** Ties as "TYPE:source->target" with entity names. */
export function rels(r: Pick<DocExtraction, 'entities' | 'relations'>): string[] {
  const n = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.map((x) => `${x.type}:${n.get(x.source)}->${n.get(x.target)}`);
}
