UNWIND $mentions AS m
MATCH (doc:Document {id: m.doc})
MATCH (n:Entity {id: m.entity})
MERGE (doc)-[r:MENTIONS]->(n)
SET r.count = m.count, r.starts = m.starts, r.ends = m.ends, r.surfaces = m.surfaces
