// Research → market: a university, institute or team transfers technology, possibly through
// intermediaries (transfer, support, co-build), until it reaches a company.
MATCH p = (s:Entity WHERE s.type IN ['University', 'Institute', 'ResearchTeam'])
          -[:TRANSFERS_TO]->(m:Entity)
          (()-[:TRANSFERS_TO|SUPPORTS|CO_BUILDS]->()){0,2}
          (c:Company)
WHERE m = c OR m.type <> 'Company' OR length(p) >= 1
RETURN [x IN nodes(p) | x.id] AS nodeIds, [e IN relationships(p) | e.id] AS edgeIds
LIMIT toInteger($limit)
