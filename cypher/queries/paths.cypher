// Up to 16 shortest candidate paths between two entities under the caller's constraints; the
// caller keeps k diverse ones. Intermediate entities in $avoid, or located in a district in
// $avoid, are never crossed. Quantifier bounds must be literals: 8 hops is the hard ceiling.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST 16 (a)(()-[r]-(n:Entity)
    WHERE type(r) IN $relations
      AND coalesce(r.confidence, 0.0) >= $minConfidence
      AND (n = b OR size($avoid) = 0
           OR (NOT n.id IN $avoid
               AND NOT EXISTS { (n)-[:LOCATED_IN]->(d:District) WHERE d.id IN $avoid }))
  ){1,8}(b)
WHERE length(p) <= $maxHops
RETURN [x IN nodes(p) | x {.id, .name, .type, .aliases, .nameEn, .mentionCount, .documentCount,
          district: head([(x)-[:LOCATED_IN]->(d:District) | d {.id, .name}]),
          degree: COUNT { (x)-[]-(:Entity) }}] AS nodes,
       [e IN relationships(p) | {id: e.id, source: startNode(e).id, target: endNode(e).id, type: type(e),
          confidence: e.confidence, evidenceCount: e.evidenceCount}] AS edges
