// Every sentence that states an edge, with its document: one index lookup on Evidence.relId.
MATCH (ev:Evidence {relId: $id})-[:IN_DOCUMENT]->(doc:Document)
RETURN ev {.doc, .sentence, .start, .end, .confidence, .source, .target, .relType} AS evidence,
       doc {.id, .title, .date} AS document
ORDER BY doc.date DESC, doc.id, ev.start
