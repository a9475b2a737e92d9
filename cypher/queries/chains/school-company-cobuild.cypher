// A school and a company co-build the same lab, platform or talent class.
MATCH (u:Entity WHERE u.type IN ['University', 'Institute'])-[a:CO_BUILDS]->(lab:Entity)<-[b:CO_BUILDS]-(c:Company)
RETURN [u.id, lab.id, c.id] AS nodeIds, [a.id, b.id] AS edgeIds
LIMIT toInteger($limit)
