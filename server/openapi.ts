import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/ontology';
import * as s from './apiSchemas';

/** JSON Schema of a zod schema, without the $schema header (OpenAPI 3.1 embeds 2020-12 schemas). */
function schema(zodSchema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(zodSchema, { io: 'output', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete json.$schema;
  return json;
}

const COMPONENTS = {
  Error: s.errorSchema,
  Health: s.healthSchema,
  Stats: s.statsSchema,
  Graph: s.graphSchema,
  Neighbourhood: s.neighbourhoodSchema,
  Search: s.searchSchema,
  Entity: s.entitySchema,
  Edge: s.edgeSchema,
  Paths: s.pathsSchema,
  Hubs: s.hubsSchema,
  ChainPatterns: s.chainPatternsSchema,
  Chains: s.chainsSchema,
  Flows: s.flowsSchema,
  Extraction: s.extractSchema,
  Ingest: s.ingestSchema,
  Documents: s.documentsSchema,
  Document: s.documentSchema,
} as const;

export type ComponentName = keyof typeof COMPONENTS;

type Param = {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: Record<string, unknown>;
};

const csv = (values: readonly string[]) => ({
  type: 'string',
  description: `comma-separated: ${values.join(', ')}`,
});
const int = (min: number, max: number, dflt?: number) => ({
  type: 'integer',
  minimum: min,
  maximum: max,
  ...(dflt === undefined ? {} : { default: dflt }),
});
const idPath = (what: string): Param => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `${what} id`,
  schema: { type: 'string' },
});

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const errors = {
  '400': json('Error', 'Invalid parameters'),
  '404': json('Error', 'Not found'),
  '429': json('Error', 'Rate limited'),
  '503': json('Error', 'Neo4j unavailable (Retry-After set)'),
};

function get(summary: string, ok: ComponentName, parameters: Param[] = []) {
  return { get: { summary, parameters, responses: { '200': json(ok, 'OK'), ...errors } } };
}

const articleBody = {
  required: true,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['text'],
        additionalProperties: false,
        properties: {
          text: { type: 'string', minLength: 1, maxLength: 1_000_000 },
          title: { type: 'string', maxLength: 500 },
          date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          source: { type: 'string', maxLength: 500 },
          lang: { type: 'string', enum: ['zh', 'en'] },
        },
      },
    },
  },
};

/** The OpenAPI 3.1 description of every endpoint, served at /api/openapi.json. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'InnoChain Explorer API',
      version: '0.1.0',
      description:
        'Innovation-chain knowledge graph: actors and ties extracted from news, each tie traceable to its sentences. Graph results are Cytoscape elements JSON. Errors are {error:{code,message,details}}.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: Object.fromEntries(
        Object.entries(COMPONENTS).map(([name, zs]) => [name, schema(zs)]),
      ),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Required for writes when INNOCHAIN_API_TOKEN is set',
        },
      },
    },
    paths: {
      '/api/health': get('Neo4j reachable (200) or not (503)', 'Health'),
      '/api/stats': get('Counts by entity type, relationship type, and documents', 'Stats'),
      '/api/search': get('Full-text, pinyin and initials search over names and aliases', 'Search', [
        {
          name: 'q',
          in: 'query',
          required: true,
          description: 'text, pinyin ("sichuan daxue") or initials ("scdx")',
          schema: { type: 'string', maxLength: 100 },
        },
        { name: 'types', in: 'query', description: 'entity types', schema: csv(ENTITY_TYPES) },
        { name: 'limit', in: 'query', description: 'results', schema: int(1, 50, 10) },
      ]),
      '/api/graph': get('A filtered subgraph', 'Graph', [
        { name: 'types', in: 'query', description: 'entity types', schema: csv(ENTITY_TYPES) },
        {
          name: 'relations',
          in: 'query',
          description: 'relationship types',
          schema: csv(RELATION_TYPES),
        },
        {
          name: 'districts',
          in: 'query',
          description: 'district entity ids',
          schema: { type: 'string' },
        },
        {
          name: 'minConfidence',
          in: 'query',
          description: 'minimum tie confidence',
          schema: { type: 'number', minimum: 0, maximum: 1 },
        },
        { name: 'limit', in: 'query', description: 'most nodes', schema: int(1, 5000, 1000) },
      ]),
      '/api/entities/{id}': get(
        'An entity with its aliases, districts, documents and ties',
        'Entity',
        [idPath('entity')],
      ),
      '/api/entities/{id}/neighbourhood': get(
        'Capped expansion around an entity; `omitted` counts neighbours left out',
        'Neighbourhood',
        [
          idPath('entity'),
          { name: 'depth', in: 'query', description: 'hops', schema: int(1, 3, 1) },
          {
            name: 'relations',
            in: 'query',
            description: 'relationship types',
            schema: csv(RELATION_TYPES),
          },
          {
            name: 'minConfidence',
            in: 'query',
            description: 'minimum tie confidence',
            schema: { type: 'number', minimum: 0, maximum: 1 },
          },
          { name: 'limit', in: 'query', description: 'most neighbours', schema: int(1, 500, 50) },
        ],
      ),
      '/api/edges/{id}': get('A tie with every sentence that states it', 'Edge', [
        idPath('relationship'),
      ]),
      '/api/paths': get(
        'k diverse shortest paths between two entities, with evidence per hop',
        'Paths',
        [
          {
            name: 'from',
            in: 'query',
            required: true,
            description: 'entity id',
            schema: { type: 'string' },
          },
          {
            name: 'to',
            in: 'query',
            required: true,
            description: 'entity id',
            schema: { type: 'string' },
          },
          { name: 'k', in: 'query', description: 'paths', schema: int(1, 10, 3) },
          { name: 'maxHops', in: 'query', description: 'longest path', schema: int(1, 8, 4) },
          {
            name: 'relations',
            in: 'query',
            description: 'allowed relationship types',
            schema: csv(RELATION_TYPES),
          },
          {
            name: 'avoid',
            in: 'query',
            description: 'entity or district ids never crossed',
            schema: { type: 'string' },
          },
          {
            name: 'minConfidence',
            in: 'query',
            description: 'minimum tie confidence',
            schema: { type: 'number', minimum: 0, maximum: 1 },
          },
        ],
      ),
      '/api/hubs': get(
        'Hub and broker ranking over the whole (filtered) graph; `method` says how',
        'Hubs',
        [
          {
            name: 'metric',
            in: 'query',
            description: 'score',
            schema: { type: 'string', enum: ['degree', 'betweenness', 'pagerank', 'bridging'] },
          },
          { name: 'types', in: 'query', description: 'entity types', schema: csv(ENTITY_TYPES) },
          {
            name: 'districts',
            in: 'query',
            description: 'district entity ids',
            schema: { type: 'string' },
          },
          { name: 'limit', in: 'query', description: 'results', schema: int(1, 200, 20) },
        ],
      ),
      '/api/chains': {
        get: {
          summary: 'Innovation-chain templates (no pattern) or the chains matching one',
          parameters: [
            {
              name: 'pattern',
              in: 'query',
              description: 'template id',
              schema: { type: 'string' },
            },
            { name: 'limit', in: 'query', description: 'most chains', schema: int(1, 200, 50) },
          ],
          responses: {
            '200': {
              description: 'OK',
              content: {
                'application/json': { schema: { oneOf: [ref('ChainPatterns'), ref('Chains')] } },
              },
            },
            ...errors,
          },
        },
      },
      '/api/districts/flows': get(
        'District meta-graph: ties crossing between districts, heaviest first. Each entity ' +
          'counts in one home district (itself when a District, else its best-evidenced ' +
          'LOCATED_IN: most evidence, then confidence, then id), so each tie is counted once; ' +
          '`method` says how, `edgesOmitted` how many flows the limit left out',
        'Flows',
        [
          {
            name: 'limit',
            in: 'query',
            description: 'most flows (the heaviest are kept)',
            schema: int(1, 100_000, 500),
          },
          {
            name: 'minCount',
            in: 'query',
            description: 'fewest ties a flow needs',
            schema: int(1, 1_000_000_000, 1),
          },
        ],
      ),
      '/api/extract': {
        post: {
          summary: 'Preview extraction; nothing is written',
          requestBody: articleBody,
          responses: {
            '200': json('Extraction', 'OK'),
            '413': json('Error', 'Too large'),
            ...errors,
          },
        },
      },
      '/api/documents': {
        get: {
          summary: 'Stored documents',
          parameters: [
            { name: 'skip', in: 'query', description: 'offset', schema: int(0, 1_000_000, 0) },
            { name: 'limit', in: 'query', description: 'page size', schema: int(1, 500, 100) },
          ],
          responses: { '200': json('Documents', 'OK'), ...errors },
        },
        post: {
          summary: 'Extract and store an article',
          security: [{ bearer: [] }],
          requestBody: articleBody,
          responses: {
            '201': json('Ingest', 'Stored'),
            '200': json('Ingest', 'Already stored, unchanged'),
            '401': json('Error', 'Token required'),
            '413': json('Error', 'Too large'),
            ...errors,
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'A document and what it added',
          parameters: [idPath('document')],
          responses: { '200': json('Document', 'OK'), ...errors },
        },
        delete: {
          summary: 'Remove a document, its evidence and whatever only it supported',
          security: [{ bearer: [] }],
          parameters: [idPath('document')],
          responses: {
            '204': { description: 'Removed' },
            '401': json('Error', 'Token required'),
            ...errors,
          },
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
    },
  };
}
