// "What did this document add?": its mentioned entities and the edges it gives evidence for.
MATCH (d:Document {id: $id})
RETURN d {.id, .title, .date, .source, .lang, .length, .hash, loadedAt: toString(d.loadedAt)} AS document,
       [(d)-[m:MENTIONS]->(e:Entity) | e {.id, .name, .type, mentions: m.count}] AS entities,
       COLLECT { MATCH (ev:Evidence {doc: $id}) RETURN DISTINCT {id: ev.relId, type: ev.relType, source: ev.source, target: ev.target} } AS relations
