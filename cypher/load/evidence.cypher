// Evidence of documents that are new in this transaction, grouped by document: one lookup per
// document, then every sentence is new, so CREATE (no lookup). A record holds only what the
// tie and the document do not: the tie's id (indexed), the sentence, its offsets and confidence.
// Properties are given in CREATE (a later SET from the map would make the planner add an Eager).
CYPHER replan=skip
UNWIND $evidence AS group
MATCH (doc:Document {id: group.doc})
UNWIND group.rows AS v
CREATE (:Evidence {relId: v.relId, sentence: v.sentence, start: toInteger(v.start), end: toInteger(v.end), confidence: v.confidence})-[:IN_DOCUMENT]->(doc)
