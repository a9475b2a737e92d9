import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/ontology';
import { ValidationError } from '../graph/errors';
import type { ExtractionResult } from '../graph/types';

/** Limits on what may be stored; anything larger is refused before a write starts. */
export const STORE_LIMITS = Object.freeze({
  /** Entity names and aliases: organisation names are short; 200 chars is generous. */
  maxNameLength: 200,
  /** Evidence sentences: a run-on newspaper sentence rarely passes 1,000 chars. */
  maxSentenceLength: 4_000,
  /** Aliases per entity. */
  maxAliases: 100,
  /** Titles and sources. */
  maxTitleLength: 500,
});

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_:.-]+$/, 'ids use letters, digits and _:.-');
const name = z.string().trim().min(1).max(STORE_LIMITS.maxNameLength);
const offset = z.number().int().min(0);

const mention = z.object({
  doc: id,
  start: offset,
  end: offset,
  text: z.string().max(STORE_LIMITS.maxNameLength),
});

const evidence = z.object({
  doc: id,
  sentence: z.string().min(1).max(STORE_LIMITS.maxSentenceLength),
  start: offset,
  end: offset,
});

const document = z.object({
  id,
  title: z.string().max(STORE_LIMITS.maxTitleLength),
  source: z.string().max(STORE_LIMITS.maxTitleLength).optional(),
  date: z.string().max(40).optional(),
  lang: z.enum(['zh', 'en']),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  length: z.number().int().min(0),
});

const entity = z.object({
  id,
  name,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(name).max(STORE_LIMITS.maxAliases),
  mentions: z.array(mention),
  names: z.object({ zh: name.optional(), en: name.optional() }).optional(),
});

const relation = z.object({
  id,
  type: z.enum(RELATION_TYPES),
  source: id,
  target: id,
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidence).min(1),
});

export const extractionResultSchema = z.object({
  documents: z.array(document),
  entities: z.array(entity),
  relations: z.array(relation),
});

/** Parses untrusted extraction JSON (CLI `load` of a JSON file, tests) or throws a ValidationError. */
export function parseExtraction(input: unknown): ExtractionResult {
  const parsed = extractionResultSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError('Malformed extraction result', z.treeifyError(parsed.error));
  }
  const result = parsed.data as ExtractionResult;
  const docIds = new Set(result.documents.map((d) => d.id));
  const entityIds = new Set(result.entities.map((e) => e.id));
  for (const r of result.relations) {
    if (!entityIds.has(r.source) || !entityIds.has(r.target)) {
      throw new ValidationError(`Relation ${r.id} points at an entity that is not in the result`);
    }
    for (const ev of r.evidence) {
      if (!docIds.has(ev.doc))
        throw new ValidationError(`Evidence of ${r.id} cites unknown document ${ev.doc}`);
    }
  }
  for (const e of result.entities) {
    for (const m of e.mentions) {
      if (!docIds.has(m.doc))
        throw new ValidationError(`Entity ${e.id} has a mention in unknown document ${m.doc}`);
    }
  }
  return result;
}
