UNWIND $evidence AS v
MATCH (doc:Document {id: v.doc})
MERGE (ev:Evidence {id: v.id})
SET ev.relId = v.relId,
    ev.relType = v.relType,
    ev.source = v.source,
    ev.target = v.target,
    ev.doc = v.doc,
    ev.sentence = v.sentence,
    ev.start = v.start,
    ev.end = v.end,
    ev.confidence = v.confidence
MERGE (ev)-[:IN_DOCUMENT]->(doc)
