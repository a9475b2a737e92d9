UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN a {.id, .name, .type, .aliases, .nameEn, .mentionCount, .documentCount,
          district: head([(a)-[:LOCATED_IN]->(d:District) | d {.id, .name}]),
          degree: COUNT { (a)--() } - COUNT { (a)<-[:MENTIONS]-() }} AS node
