MATCH (d:Document)
RETURN d {.id, .title, .date, .source, .lang, .length, loadedAt: toString(d.loadedAt),
          entityCount: COUNT { (d)-[:MENTIONS]->() },
          relationCount: COUNT { MATCH (d)<-[:IN_DOCUMENT]-(ev:Evidence) RETURN DISTINCT ev.relId }} AS document
ORDER BY d.loadedAt DESC, d.id
SKIP toInteger($skip) LIMIT toInteger($limit)
