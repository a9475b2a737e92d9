// The centre of a neighbourhood and its first level in one query: the entities tied to it,
// best-documented first and at most $room of them, each with its ties to the centre, and how
// many there are. An unknown centre returns no row. Kept small on purpose (under one 1,400-byte
// Bolt chunk): the deeper levels, with their hub handling, are neighbours.cypher.
// Kept entity: [id, name, type, aliases, nameEn, mentionCount, documentCount,
//               [districtId, districtName] or null, degree, ties]; tie: [id, source, target,
//               type, confidence, evidenceCount] (lists travel and decode faster than maps).
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r:CO_BUILDS|FLEXIBLY_INTRODUCES|TRANSFERS_TO|SUPPORTS|LOCATED_IN|PART_OF]-(b)
  WHERE b <> c
    AND ($unfiltered OR (type(r) IN $relations
                         AND ($minConfidence <= 0 OR coalesce(r.confidence, 0.0) >= $minConfidence)))
  WITH b, collect(r) AS ties
  ORDER BY b.documentCount DESC, b.mentionCount DESC, b.id
  RETURN collect({b: b, ties: ties}) AS found
}
CALL (found) {
  UNWIND found[..toInteger($room)] AS k
  WITH k.b AS b, k.ties AS ties
  RETURN collect([b.id, b.name, b.type, b.aliases, b.nameEn, b.mentionCount, b.documentCount,
                  head([(b)-[:LOCATED_IN]->(d:District) | [d.id, d.name]]),
                  COUNT { (b)--() } - COUNT { (b)<-[:MENTIONS]-() },
                  [r IN ties | [r.id, startNode(r).id, endNode(r).id, type(r), r.confidence, r.evidenceCount]]
                 ]) AS kept
}
RETURN c {.id, .name, .type, .aliases, .nameEn, .mentionCount, .documentCount,
          district: head([(c)-[:LOCATED_IN]->(d:District) | d {.id, .name}]),
          degree: COUNT { (c)--() } - COUNT { (c)<-[:MENTIONS]-() }} AS centre,
       size(found) AS found, kept
