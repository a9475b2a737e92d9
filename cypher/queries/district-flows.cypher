// Ties between entities of different districts, counted per district pair and tie type.
// Each entity counts in ONE home district: itself when it is a District, else its
// best-evidenced LOCATED_IN (most evidence, then highest confidence, then smallest id), so one
// tie adds at most one pair. (Crossing every district of both ends made a hub located in
// hundreds of districts multiply each of its ties into ~10^5 pairs.)
// Homes are computed once per entity: ties are grouped by their target before its home is read.
MATCH (a:Entity)
WITH a,
     CASE WHEN a:District THEN a
          ELSE head(COLLECT {
            MATCH (a)-[l:LOCATED_IN]->(d:District)
            RETURN d ORDER BY coalesce(l.evidenceCount, 0) DESC, coalesce(l.confidence, 0.0) DESC, d.id
            LIMIT 1 }) END AS d1
WHERE d1 IS NOT NULL
MATCH (a)-[r:CO_BUILDS|FLEXIBLY_INTRODUCES|TRANSFERS_TO|SUPPORTS|PART_OF]->(b:Entity)
WITH b, d1, type(r) AS type, count(*) AS n
WITH b, collect({d1: d1, type: type, n: n}) AS rows
WITH rows,
     CASE WHEN b:District THEN b
          ELSE head(COLLECT {
            MATCH (b)-[l:LOCATED_IN]->(d:District)
            RETURN d ORDER BY coalesce(l.evidenceCount, 0) DESC, coalesce(l.confidence, 0.0) DESC, d.id
            LIMIT 1 }) END AS d2
WHERE d2 IS NOT NULL
UNWIND rows AS row
WITH row.d1 AS d1, d2, row.type AS type, sum(row.n) AS n
RETURN d1 {.id, .name} AS from, d2 {.id, .name} AS to, type, n
