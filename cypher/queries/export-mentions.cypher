MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
RETURN {doc: d.id, entity: e.id, count: m.count, starts: m.starts, ends: m.ends, surfaces: m.surfaces} AS row
ORDER BY d.id, e.id
