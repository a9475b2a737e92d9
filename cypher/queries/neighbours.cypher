// One hop out from a frontier; the caller walks depth 1..3 and caps what it keeps.
UNWIND $frontier AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE ($relations IS NULL OR type(r) IN $relations)
  AND coalesce(r.confidence, 0.0) >= $minConfidence
RETURN a.id AS from,
       b {.id, .name, .type, .aliases, .nameEn, .mentionCount, .documentCount,
          district: head([(b)-[:LOCATED_IN]->(d:District) | d {.id, .name}]),
          degree: COUNT { (b)-[]-(:Entity) }} AS node,
       {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r),
        confidence: r.confidence, evidenceCount: r.evidenceCount} AS edge
ORDER BY b.documentCount DESC, b.mentionCount DESC, b.id
