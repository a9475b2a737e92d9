// Shortest paths between two entities under the caller's constraints: all of the shortest
// length, up to $candidates, by the bidirectional breadth-first search of allShortestPaths,
// which applies these all(...) predicates while it searches. Intermediate entities in $avoid,
// or located in a district in $avoid, are never crossed, nor entities in $exclude and, with
// $skipDirect, the direct ties between the two (the caller's way to ask for other routes).
// The tie types are listed in the pattern so that hubs' document mentions are never walked;
// they must be the ontology's relationship types. 8 hops is the hard ceiling (a literal).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
OPTIONAL MATCH (x:Entity)
WHERE x.id IN $avoid OR x.id IN $exclude
WITH a, b, collect(x) AS listed
WITH a, b, [x IN listed WHERE x <> a AND x <> b] AS barred,
     [x IN listed WHERE x:District AND x.id IN $avoid] AS districts
OPTIONAL MATCH (a)-[d]-(b)
WHERE $skipDirect
WITH a, b, barred, districts, collect(d) AS direct
MATCH p = allShortestPaths((a)-[rs:CO_BUILDS|FLEXIBLY_INTRODUCES|TRANSFERS_TO|SUPPORTS|LOCATED_IN|PART_OF*..8]-(b))
WHERE all(r IN rs WHERE type(r) IN $relations
                    AND ($minConfidence <= 0 OR coalesce(r.confidence, 0.0) >= $minConfidence)
                    AND NOT r IN direct)
  AND all(n IN nodes(p) WHERE NOT n IN barred
          // CASE keeps the district check from running at all when no district is avoided.
          AND CASE WHEN size(districts) = 0 OR n = a OR n = b THEN true
                   ELSE NOT EXISTS { (n)-[:LOCATED_IN]->(d:District) WHERE d IN districts } END)
RETURN [x IN nodes(p) | x.id] AS nodes,
       [e IN relationships(p) | {id: e.id, source: startNode(e).id, target: endNode(e).id, type: type(e),
          confidence: e.confidence, evidenceCount: e.evidenceCount}] AS edges
LIMIT toInteger($candidates)
