import { extractEnglishDocument } from '../../graph/en';
import type { DocExtraction } from '../../graph/types';

/** Helpers for English extraction unit tests: run one text, list names and ties readably. */
export function run(text: string): DocExtraction {
  return extractEnglishDocument({ id: 'doc-test', text, lang: 'en' });
}

/** Entities as "Type:name". */
export function names(out: DocExtraction): string[] {
  return out.entities.map((e) => `${e.type}:${e.name}`);
}

/** Ties as "TYPE source -> target" with entity names. */
export function edges(out: DocExtraction): string[] {
  const byId = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.map((r) => `${r.type} ${byId.get(r.source)} -> ${byId.get(r.target)}`);
}
