// Every sentence that states the edges $ids, with its document: one index lookup on
// Evidence.relId per edge; newest documents first within each edge.
UNWIND $ids AS id
MATCH (ev:Evidence {relId: id})-[:IN_DOCUMENT]->(doc:Document)
RETURN id,
       ev {.sentence, .start, .end, .confidence, doc: doc.id} AS evidence,
       doc {.id, .title, .date} AS document
ORDER BY id, doc.date DESC, doc.id, ev.start
