// Creates each tie (or finds it) and adds this batch's evidence to its figures. Its documents
// are new in this transaction, so the figures grow incrementally: no recount over a hub.
// One MERGE per ontology type: a MERGE with a dynamic type is planned as a scan of every
// relationship in the store, a static type expands between the two bound nodes. A type outside
// the ontology never reaches this (rows are validated first) and would match no branch.
// UNION ALL: exactly one branch matches a row, so there is nothing to deduplicate.
UNWIND $relations AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
CALL (a, b, r) {
  WITH a, b, r WHERE r.type = 'CO_BUILDS'
  MERGE (a)-[x:CO_BUILDS {id: r.id}]->(b)
  RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'FLEXIBLY_INTRODUCES'
  MERGE (a)-[x:FLEXIBLY_INTRODUCES {id: r.id}]->(b)
  RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'TRANSFERS_TO'
  MERGE (a)-[x:TRANSFERS_TO {id: r.id}]->(b)
  RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'SUPPORTS'
  MERGE (a)-[x:SUPPORTS {id: r.id}]->(b)
  RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'LOCATED_IN'
  MERGE (a)-[x:LOCATED_IN {id: r.id}]->(b)
  RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'PART_OF'
  MERGE (a)-[x:PART_OF {id: r.id}]->(b)
  RETURN x
}
// Independent sentences reinforce each other: confidence is the noisy-or of all of them.
SET x.evidenceCount = coalesce(x.evidenceCount, 0) + r.newEvidence,
    x.documentCount = coalesce(x.documentCount, 0) + r.newDocuments,
    x.confidence = 1.0 - (1.0 - coalesce(x.confidence, 0.0)) * reduce(p = 1.0, c IN r.newConfidences | p * (1.0 - c))
