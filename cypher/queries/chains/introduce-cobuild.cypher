// A district or company flexibly introduces a team or expert, and co-builds a lab or platform.
MATCH (host:Entity)-[i:FLEXIBLY_INTRODUCES]->(t:Entity)
MATCH (host)-[c:CO_BUILDS]-(lab:Entity)
WHERE lab.type = 'Lab' OR lab.type = 'Institute'
RETURN [t.id, host.id, lab.id] AS nodeIds, [i.id, c.id] AS edgeIds
LIMIT toInteger($limit)
