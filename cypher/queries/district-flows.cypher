// Ties between entities of different districts, counted per district pair and tie type.
// An entity's district is itself (District) or where it is LOCATED_IN.
MATCH (a:Entity)-[r:CO_BUILDS|FLEXIBLY_INTRODUCES|TRANSFERS_TO|SUPPORTS|PART_OF]->(b:Entity)
WITH r,
     CASE WHEN a:District THEN [a] ELSE [(a)-[:LOCATED_IN]->(d:District) | d] END AS da,
     CASE WHEN b:District THEN [b] ELSE [(b)-[:LOCATED_IN]->(d:District) | d] END AS db
UNWIND da AS d1
UNWIND db AS d2
WITH d1, d2, type(r) AS type, count(*) AS n
RETURN d1 {.id, .name} AS from, d2 {.id, .name} AS to, type, n
