// Evidence of documents that are new in this transaction: every row is new, so CREATE (no
// lookup); the transaction is all-or-nothing and a retry starts from a clean slate.
UNWIND $evidence AS v
MATCH (doc:Document {id: v.doc})
CREATE (ev:Evidence)-[:IN_DOCUMENT]->(doc)
SET ev = v
