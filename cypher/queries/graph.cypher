// A filtered subgraph: the most-documented entities first, then the ties among them.
// $types/$relations/$districts are null (no filter) or lists checked against the ontology allowlist.
MATCH (n:Entity)
WHERE ($types IS NULL OR n.type IN $types)
  AND ($districts IS NULL OR n.id IN $districts
       OR EXISTS { (n)-[:LOCATED_IN]->(d:District) WHERE d.id IN $districts })
WITH n
ORDER BY n.documentCount DESC, n.mentionCount DESC, n.id
WITH collect(n) AS matched
WITH matched[0..toInteger($limit)] AS nodes, size(matched) AS total
WITH nodes, total, [a IN nodes | a.id] AS ids
CALL (nodes, ids) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b.id IN ids
    AND ($relations IS NULL OR type(r) IN $relations)
    AND coalesce(r.confidence, 0.0) >= $minConfidence
  RETURN collect({id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
                  evidenceCount: r.evidenceCount}) AS edges
}
RETURN [a IN nodes | a {
          .id, .name, .type, .aliases, .nameEn, .mentionCount, .documentCount,
          district: head([(a)-[:LOCATED_IN]->(d:District) | d {.id, .name}]),
          degree: COUNT { (a)--() } - COUNT { (a)<-[:MENTIONS]-() }
        }] AS nodes,
       edges,
       total
