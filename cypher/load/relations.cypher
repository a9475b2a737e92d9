// $(r.type) is a relationship type from the ontology allowlist, checked before this runs.
UNWIND $relations AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
MERGE (a)-[x:$(r.type) {id: r.id}]->(b)
