MATCH (v:Evidence)-[:IN_DOCUMENT]->(d:Document)
RETURN v {.relId, .sentence, .start, .end, .confidence, doc: d.id} AS row
ORDER BY row.doc, row.relId, row.start, row.end
