MATCH (v:Evidence)
RETURN v {.id, .relId, .relType, .source, .target, .doc, .sentence, .start, .end, .confidence} AS row
ORDER BY v.id
