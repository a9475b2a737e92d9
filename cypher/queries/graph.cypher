// A filtered subgraph: the most-documented entities first, then the ties among them.
// $types/$relations/$districts are null (no filter) or lists checked against the ontology allowlist.
// The ranking reads the entity_document_count index in order and stops at $limit (every stored
// entity has a document count: one with none is removed); the total is a count, not a list.
CALL () {
  MATCH (n:Entity)
  WHERE n.documentCount >= 0
    AND ($types IS NULL OR n.type IN $types)
    AND ($districts IS NULL OR n.id IN $districts
         OR EXISTS { (n)-[:LOCATED_IN]->(d:District) WHERE d.id IN $districts })
  WITH n
  ORDER BY n.documentCount DESC, n.mentionCount DESC, n.id
  LIMIT toInteger($limit)
  RETURN collect(n) AS nodes
}
CALL () {
  // Unfiltered, the count store answers at once.
  WITH * WHERE $types IS NULL AND $districts IS NULL
  RETURN COUNT { (:Entity) } AS total
  UNION
  WITH * WHERE $types IS NOT NULL OR $districts IS NOT NULL
  MATCH (n:Entity)
  WHERE ($types IS NULL OR n.type IN $types)
    AND ($districts IS NULL OR n.id IN $districts
         OR EXISTS { (n)-[:LOCATED_IN]->(d:District) WHERE d.id IN $districts })
  WITH count(n) AS total
  WHERE $types IS NOT NULL OR $districts IS NOT NULL
  RETURN total
}
WITH nodes, total, [a IN nodes | a.id] AS ids
CALL (nodes, ids) {
  UNWIND nodes AS a
  // An entity's outgoing ties all end at entities (document mentions come in): no label check.
  MATCH (a)-[r]->(b)
  WHERE ($relations IS NULL OR type(r) IN $relations)
    AND ($minConfidence <= 0 OR coalesce(r.confidence, 0.0) >= $minConfidence)
    AND b.id IN ids
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
