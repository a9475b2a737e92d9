// Recomputes each edge's figures from its evidence; an edge left with no evidence is removed.
UNWIND $relations AS r
MATCH (a:Entity {id: r.source})-[x]->(b:Entity {id: r.target})
WHERE x.id = r.id
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
