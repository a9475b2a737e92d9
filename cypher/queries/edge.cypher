// Edges by id: each found in its type's relationship index on id (one branch per ontology type,
// RELATION_TYPES), with its two entities.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Entity)-[r:CO_BUILDS {id: id}]->(b:Entity) RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:FLEXIBLY_INTRODUCES {id: id}]->(b:Entity) RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:TRANSFERS_TO {id: id}]->(b:Entity) RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:SUPPORTS {id: id}]->(b:Entity) RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:LOCATED_IN {id: id}]->(b:Entity) RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:PART_OF {id: id}]->(b:Entity) RETURN a, r, b
}
RETURN {id: r.id, type: type(r), confidence: r.confidence, evidenceCount: r.evidenceCount} AS edge,
       a {.id, .name, .type, .aliases, .nameEn} AS source,
       b {.id, .name, .type, .aliases, .nameEn} AS target
