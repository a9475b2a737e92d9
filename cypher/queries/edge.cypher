// Edges by id, each found through one of its evidence records (relationship ids are not
// indexed by type): one index lookup, then an expansion between its two entities.
UNWIND $ids AS id
CALL (id) {
  MATCH (ev:Evidence {relId: id})
  WITH ev LIMIT 1
  MATCH (a:Entity {id: ev.source})-[r]->(b:Entity {id: ev.target})
  WHERE r.id = id
  RETURN {id: r.id, type: type(r), confidence: r.confidence, evidenceCount: r.evidenceCount} AS edge,
         a {.id, .name, .type, .aliases, .nameEn} AS source,
         b {.id, .name, .type, .aliases, .nameEn} AS target
  LIMIT 1
}
RETURN edge, source, target
