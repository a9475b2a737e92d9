// Links each new document to the entities it mentions (the documents are new in this
// transaction, so each link is created, not looked up; the entities' counts were added by
// load/entities).
UNWIND $mentions AS m
MATCH (doc:Document {id: m.doc})
MATCH (n:Entity {id: m.entity})
CREATE (doc)-[r:MENTIONS]->(n)
SET r.count = m.count, r.starts = m.starts, r.ends = m.ends, r.surfaces = m.surfaces
