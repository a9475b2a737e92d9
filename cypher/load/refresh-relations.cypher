// Recomputes each edge's figures from its evidence; an edge left with no evidence is removed.
// Both ends are looked up first and the edge is found by expanding between them (Expand(Into),
// from the smaller side): an untyped or unimported pattern is planned as a walk over every
// relationship of a hub, or of the store. The type list is the ontology's RELATION_TYPES.
UNWIND $relations AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
CALL (a, b, r) {
  MATCH (a)-[x:CO_BUILDS|FLEXIBLY_INTRODUCES|TRANSFERS_TO|SUPPORTS|LOCATED_IN|PART_OF]->(b)
  WHERE x.id = r.id
  RETURN x
}
// Each edge is write-locked (in id order) before its evidence is counted, so two transactions
// removing its last two pieces of evidence cannot both keep it (write skew).
WITH r, x ORDER BY x.id
SET x._lock = true
REMOVE x._lock
WITH r, x
OPTIONAL MATCH (ev:Evidence {relId: r.id})
WITH x, count(ev) AS n, collect(ev.confidence) AS cs, count(DISTINCT ev.doc) AS docs
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
