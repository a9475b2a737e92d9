// Recomputes mention/document counts; an entity no document mentions any more is removed.
// Each entity is write-locked (in id order) before its mentions are counted: otherwise two
// transactions removing its last two documents each still see the other's document and both
// keep it (write skew), leaving an entity that no document mentions.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n ORDER BY n.id
SET n._lock = true
REMOVE n._lock
WITH n
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
