// Recomputes mention/document counts; an entity no document mentions any more is removed.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (:Document)-[m:MENTIONS]->(n)
WITH n, sum(m.count) AS mentions, count(m) AS docs
CALL (n, mentions, docs) {
  WITH n, mentions, docs WHERE docs > 0
  SET n.mentionCount = mentions, n.documentCount = docs
}
CALL (n, docs) {
  WITH n, docs WHERE docs = 0
  OPTIONAL MATCH (k:AliasKey {entity: n.id})
  DETACH DELETE k, n
}
