// One hop out from a frontier; the caller walks depth 1..3. Per frontier entity it returns at
// most $perNode new neighbours (best-documented first, entities in $known skipped), the ties to
// entities already in $known, and how many new neighbours there were in all (counted, not
// collected), so a hub with thousands of ties costs one top-k sort, not thousands of rows.
UNWIND $frontier AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r]-(b:Entity)
  WHERE ($relations IS NULL OR type(r) IN $relations)
    AND coalesce(r.confidence, 0.0) >= $minConfidence
    AND NOT b.id IN $known
  WITH r, b
  ORDER BY b.documentCount DESC, b.mentionCount DESC, b.id
  LIMIT toInteger($perNode)
  RETURN collect({r: r, b: b}) AS kept
}
CALL (a) {
  RETURN COUNT {
    (a)-[r]-(b:Entity)
    WHERE ($relations IS NULL OR type(r) IN $relations)
      AND coalesce(r.confidence, 0.0) >= $minConfidence
      AND NOT b.id IN $known
  } AS total
}
// Ties to entities already shown: walk the frontier entity's own ties when it has fewer than
// there are known entities, otherwise look each known entity up and expand between the two.
CALL (a) {
  CALL (a) {
    WITH a WHERE COUNT { (a)--() } <= size($known)
    MATCH (a)-[r]-(b:Entity)
    WHERE b.id IN $known
    RETURN r
    UNION
    WITH a WHERE COUNT { (a)--() } > size($known)
    UNWIND $known AS knownId
    MATCH (b:Entity {id: knownId})
    MATCH (a)-[r]-(b)
    RETURN r
  }
  WITH r
  WHERE ($relations IS NULL OR type(r) IN $relations)
    AND coalesce(r.confidence, 0.0) >= $minConfidence
  RETURN collect({id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r),
                  confidence: r.confidence, evidenceCount: r.evidenceCount}) AS knownEdges
}
CALL (kept) {
  UNWIND kept AS k
  WITH k.r AS r, k.b AS b
  RETURN collect({
           node: b {.id, .name, .type, .aliases, .nameEn, .mentionCount, .documentCount,
                    district: head([(b)-[:LOCATED_IN]->(d:District) | d {.id, .name}]),
                    degree: COUNT { (b)-[]-(:Entity) }},
           edge: {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r),
                  confidence: r.confidence, evidenceCount: r.evidenceCount}
         }) AS rows
}
RETURN a.id AS from, total, rows AS kept, knownEdges
