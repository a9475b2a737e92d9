// Links each new document to the entities it mentions and adds to their counts (the documents
// are new in this transaction, so each link is created, not looked up, and counts grow
// incrementally: no recount over a hub's mentions).
UNWIND $mentions AS m
MATCH (doc:Document {id: m.doc})
MATCH (n:Entity {id: m.entity})
CREATE (doc)-[r:MENTIONS]->(n)
SET r.count = m.count, r.starts = m.starts, r.ends = m.ends, r.surfaces = m.surfaces,
    n.mentionCount = coalesce(n.mentionCount, 0) + m.count,
    n.documentCount = coalesce(n.documentCount, 0) + 1
