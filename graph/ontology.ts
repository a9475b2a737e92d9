/**
 * The ontology: the only entity types and relationship types the project knows.
 * Everything that reaches Cypher as a label or relationship type is checked against these lists.
 */

export const ENTITY_TYPES = Object.freeze([
  'Company',
  'University',
  'ResearchTeam',
  'Lab',
  'Institute',
  'Fund',
  'District',
  'Person',
  'Other',
] as const);

export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = Object.freeze([
  'CO_BUILDS',
  'FLEXIBLY_INTRODUCES',
  'TRANSFERS_TO',
  'SUPPORTS',
  'LOCATED_IN',
  'PART_OF',
] as const);

export type RelationType = (typeof RELATION_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}
