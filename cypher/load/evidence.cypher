// Evidence of documents that are new in this transaction, grouped by document: one lookup per
// document, then every sentence is new, so CREATE (no lookup). A record holds only what the
// tie and the document do not: the tie's id (indexed), the sentence, its offsets and confidence.
// Properties are given in CREATE (a later SET from the map would make the planner add an Eager).
// Positional lists (store/loadWire.ts): a group is [docId, rows], a row [relId, sentence, start, end, confidence].
CYPHER replan=skip
UNWIND $evidence AS group
MATCH (doc:Document {id: group[0]})
UNWIND group[1] AS v
CREATE (:Evidence {relId: v[0], sentence: v[1], start: toInteger(v[2]), end: toInteger(v[3]), confidence: v[4]})-[:IN_DOCUMENT]->(doc)
