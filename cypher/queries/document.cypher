// "What did this document add?": its mentioned entities and the edges it gives evidence for
// (the document's id lookup, its own links, then each edge in its type's id index).
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(ev:Evidence)
  WITH DISTINCT ev.relId AS id
  CALL (id) {
    MATCH (a)-[r:CO_BUILDS {id: id}]->(b) RETURN a, r, b
    UNION
    MATCH (a)-[r:FLEXIBLY_INTRODUCES {id: id}]->(b) RETURN a, r, b
    UNION
    MATCH (a)-[r:TRANSFERS_TO {id: id}]->(b) RETURN a, r, b
    UNION
    MATCH (a)-[r:SUPPORTS {id: id}]->(b) RETURN a, r, b
    UNION
    MATCH (a)-[r:LOCATED_IN {id: id}]->(b) RETURN a, r, b
    UNION
    MATCH (a)-[r:PART_OF {id: id}]->(b) RETURN a, r, b
  }
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id}) AS relations
}
RETURN d {.id, .title, .date, .source, .lang, .length, .hash, loadedAt: toString(d.loadedAt)} AS document,
       [(d)-[m:MENTIONS]->(e:Entity) | e {.id, .name, .type, mentions: m.count}] AS entities,
       relations
