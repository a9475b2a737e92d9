// Recomputes each edge's figures from its evidence; an edge left with no evidence is removed.
// Each edge is found by its id in its type's relationship index (one branch per ontology type,
// RELATION_TYPES: a relationship index serves one type).
CYPHER replan=skip
UNWIND $ids AS id
CALL (id) {
  MATCH ()-[x:CO_BUILDS {id: id}]->() RETURN x
  UNION
  MATCH ()-[x:FLEXIBLY_INTRODUCES {id: id}]->() RETURN x
  UNION
  MATCH ()-[x:TRANSFERS_TO {id: id}]->() RETURN x
  UNION
  MATCH ()-[x:SUPPORTS {id: id}]->() RETURN x
  UNION
  MATCH ()-[x:LOCATED_IN {id: id}]->() RETURN x
  UNION
  MATCH ()-[x:PART_OF {id: id}]->() RETURN x
}
// Each edge is write-locked (in id order) before its evidence is counted, so two transactions
// removing its last two pieces of evidence cannot both keep it (write skew).
WITH x ORDER BY x.id
SET x._lock = true
REMOVE x._lock
WITH x
OPTIONAL MATCH (ev:Evidence {relId: x.id})-[:IN_DOCUMENT]->(doc:Document)
WITH x, count(ev) AS n, collect(ev.confidence) AS cs, count(DISTINCT doc) AS docs
CALL (x, n, cs, docs) {
  WITH x, n, cs, docs WHERE n > 0
  // Independent sentences reinforce each other: noisy-or of their confidences.
  SET x.evidenceCount = n,
      x.documentCount = docs,
      x.confidence = 1.0 - reduce(p = 1.0, c IN cs | p * (1.0 - c))
}
CALL (x, n) {
  WITH x, n WHERE n = 0
  DELETE x
}
