// One MERGE per relationship type of the ontology. A MERGE with a dynamic type ($(r.type))
// is planned as a scan of every relationship in the store for each row; a static type lets
// it expand between the two bound nodes. A type outside the ontology never reaches this
// (rows are validated first) and would match no branch.
UNWIND $relations AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
CALL (a, b, r) {
  WITH a, b, r WHERE r.type = 'CO_BUILDS'
  MERGE (a)-[:CO_BUILDS {id: r.id}]->(b)
}
CALL (a, b, r) {
  WITH a, b, r WHERE r.type = 'FLEXIBLY_INTRODUCES'
  MERGE (a)-[:FLEXIBLY_INTRODUCES {id: r.id}]->(b)
}
CALL (a, b, r) {
  WITH a, b, r WHERE r.type = 'TRANSFERS_TO'
  MERGE (a)-[:TRANSFERS_TO {id: r.id}]->(b)
}
CALL (a, b, r) {
  WITH a, b, r WHERE r.type = 'SUPPORTS'
  MERGE (a)-[:SUPPORTS {id: r.id}]->(b)
}
CALL (a, b, r) {
  WITH a, b, r WHERE r.type = 'LOCATED_IN'
  MERGE (a)-[:LOCATED_IN {id: r.id}]->(b)
}
CALL (a, b, r) {
  WITH a, b, r WHERE r.type = 'PART_OF'
  MERGE (a)-[:PART_OF {id: r.id}]->(b)
}
