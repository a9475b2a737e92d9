// One entity with its districts, documents and ties (each tie with its evidence count).
MATCH (e:Entity {id: $id})
RETURN e {.id, .name, .type, .aliases, .nameEn, .nameZh, .mentionCount, .documentCount} AS entity,
       [(e)-[:LOCATED_IN]->(d:District) | d {.id, .name}] AS districts,
       [(doc:Document)-[:MENTIONS]->(e) | doc {.id, .title, .date}] AS documents,
       [(e)-[r]-(o:Entity) | {id: r.id, type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
                             other: o {.id, .name, .type}, confidence: r.confidence, evidenceCount: r.evidenceCount}] AS relations
