import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/ontology';

/** Response shapes of the API, as zod schemas: the OpenAPI document is generated from them. */

const entityType = z.enum(ENTITY_TYPES);
const relationType = z.enum(RELATION_TYPES);
const nullableString = z.string().nullable();

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const cyNode = z.object({
  data: z.object({
    id: z.string(),
    label: z.string(),
    type: entityType,
    aliases: z.array(z.string()),
    nameEn: z.string().optional(),
    district: z.string().optional(),
    districtName: z.string().optional(),
    degree: z.number(),
    mentionCount: z.number(),
    documentCount: z.number(),
  }),
});
const cyEdge = z.object({
  data: z.object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    type: relationType,
    confidence: z.number(),
    evidenceCount: z.number(),
  }),
});
export const elementsSchema = z.object({ nodes: z.array(cyNode), edges: z.array(cyEdge) });

const highlight = z.object({
  start: z.number(),
  end: z.number(),
  role: z.enum(['source', 'target']),
});
const evidenceItem = z.object({
  doc: z.string(),
  title: z.string(),
  date: nullableString,
  sentence: z.string(),
  start: z.number(),
  end: z.number(),
  confidence: z.number(),
  highlights: z.array(highlight),
});
const entityRef = z.object({ id: z.string(), name: z.string(), type: entityType });
const edgeWithEnds = z.object({
  id: z.string(),
  type: relationType,
  confidence: z.number(),
  evidenceCount: z.number(),
  source: entityRef,
  target: entityRef,
});
const edgeRecord = z.object({
  id: z.string(),
  type: relationType,
  source: z.string(),
  target: z.string(),
  confidence: z.number().nullable(),
  evidenceCount: z.number().nullable(),
});

export const healthSchema = z.object({ status: z.literal('ok'), neo4j: z.string() });
const tally = z.object({ total: z.number(), byType: z.record(z.string(), z.number()) });
export const statsSchema = z.object({ entities: tally, relations: tally, documents: z.number() });
export const graphSchema = z.object({
  elements: elementsSchema,
  truncated: z.boolean(),
  total: z.number(),
});
export const neighbourhoodSchema = z.object({
  centre: z.string(),
  elements: elementsSchema,
  omitted: z.number(),
});
export const searchSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: entityType,
      aliases: z.array(z.string()),
      nameEn: z.string().optional(),
      score: z.number(),
      match: z.enum(['name', 'alias', 'pinyin', 'initials']),
    }),
  ),
});
export const entitySchema = z.object({
  entity: z.object({
    id: z.string(),
    name: z.string(),
    type: entityType,
    aliases: z.array(z.string()),
    names: z.object({ zh: z.string().optional(), en: z.string().optional() }),
    districts: z.array(z.object({ id: z.string(), name: z.string() })),
    documents: z.array(z.object({ id: z.string(), title: z.string(), date: nullableString })),
    mentionCount: z.number(),
    documentCount: z.number(),
  }),
  relations: z.array(
    z.object({
      id: z.string(),
      type: relationType,
      direction: z.enum(['out', 'in']),
      other: entityRef,
      confidence: z.number().nullable(),
      evidenceCount: z.number().nullable(),
    }),
  ),
});
export const edgeSchema = z.object({ edge: edgeWithEnds, evidence: z.array(evidenceItem) });
const hop = z.object({
  edge: z.union([edgeRecord, edgeWithEnds]),
  evidence: z.array(evidenceItem),
});
export const pathsSchema = z.object({
  paths: z.array(
    z.object({
      rank: z.number(),
      length: z.number(),
      nodes: z.array(z.string()),
      edges: z.array(z.string()),
      confidence: z.number(),
      hops: z.array(hop),
    }),
  ),
  elements: elementsSchema,
});
export const hubsSchema = z.object({
  metric: z.enum(['degree', 'betweenness', 'pagerank', 'bridging']),
  method: z.string(),
  computedAt: z.string(),
  results: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: entityType,
      district: z.string().optional(),
      districtName: z.string().optional(),
      score: z.number(),
    }),
  ),
});
export const chainPatternsSchema = z.object({
  patterns: z.array(
    z.object({
      id: z.string(),
      label: z.object({ zh: z.string(), en: z.string() }),
      description: z.string(),
    }),
  ),
});
export const chainsSchema = z.object({
  pattern: z.string(),
  chains: z.array(
    z.object({ nodes: z.array(z.string()), edges: z.array(z.string()), hops: z.array(hop) }),
  ),
  elements: elementsSchema,
});
export const flowsSchema = z.object({
  method: z.string(),
  computedAt: z.string(),
  edgesTotal: z.number(),
  edgesOmitted: z.number(),
  elements: z.object({
    nodes: z.array(
      z.object({
        data: z.object({
          id: z.string(),
          label: z.string(),
          entities: z.number(),
          internal: z.number(),
          count: z.number(),
        }),
      }),
    ),
    edges: z.array(
      z.object({
        data: z.object({
          id: z.string(),
          source: z.string(),
          target: z.string(),
          count: z.number(),
          byType: z.record(z.string(), z.number()),
        }),
      }),
    ),
  }),
});
const documentInfo = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().optional(),
  date: z.string().optional(),
  lang: z.enum(['zh', 'en']),
  hash: z.string(),
  length: z.number(),
});
export const extractSchema = z.object({
  documents: z.array(documentInfo),
  entities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: entityType,
      aliases: z.array(z.string()),
      mentions: z.array(
        z.object({ doc: z.string(), start: z.number(), end: z.number(), text: z.string() }),
      ),
    }),
  ),
  relations: z.array(
    z.object({
      id: z.string(),
      type: relationType,
      source: z.string(),
      target: z.string(),
      confidence: z.number(),
      evidence: z.array(
        z.object({ doc: z.string(), sentence: z.string(), start: z.number(), end: z.number() }),
      ),
    }),
  ),
});
export const ingestSchema = z.object({
  document: documentInfo,
  created: z.boolean(),
  entityIds: z.array(z.string()),
  relationIds: z.array(z.string()),
  added: z.object({ entities: z.number(), relations: z.number(), evidence: z.number() }),
});
const documentRow = z.object({
  id: z.string(),
  title: z.string(),
  date: nullableString,
  source: nullableString,
  lang: z.string(),
  length: z.number(),
  loadedAt: nullableString,
  entityCount: z.number(),
  relationCount: z.number(),
});
export const documentsSchema = z.object({ documents: z.array(documentRow) });
export const documentSchema = z.object({
  document: z.object({
    id: z.string(),
    title: z.string(),
    date: nullableString,
    source: nullableString,
    lang: z.string(),
    length: z.number(),
    hash: z.string(),
    loadedAt: nullableString,
  }),
  entities: z.array(
    z.object({ id: z.string(), name: z.string(), type: entityType, mentions: z.number() }),
  ),
  relations: z.array(
    z.object({ id: z.string(), type: relationType, source: z.string(), target: z.string() }),
  ),
});
