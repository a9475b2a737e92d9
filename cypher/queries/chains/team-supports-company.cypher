// A research team, belonging to its university or institute, supports a company or lab.
MATCH (t:ResearchTeam)-[s:SUPPORTS|TRANSFERS_TO]->(c:Entity)
OPTIONAL MATCH (t)-[p:PART_OF]->(home:Entity)
RETURN CASE WHEN home IS NULL THEN [t.id, c.id] ELSE [home.id, t.id, c.id] END AS nodeIds,
       CASE WHEN home IS NULL THEN [s.id] ELSE [p.id, s.id] END AS edgeIds
LIMIT toInteger($limit)
