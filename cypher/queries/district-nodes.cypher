// Every district, with the number of entities whose home district it is: the district itself
// is not counted; any other entity counts once, in its best-evidenced LOCATED_IN district (most
// evidence, then highest confidence, then smallest id), as in district-flows.
CALL () {
  MATCH (d:District)
  RETURN d, 0 AS n
  UNION ALL
  MATCH (e:Entity)
  WHERE NOT e:District
  WITH head(COLLECT {
         MATCH (e)-[l:LOCATED_IN]->(h:District)
         RETURN h ORDER BY coalesce(l.evidenceCount, 0) DESC, coalesce(l.confidence, 0.0) DESC, h.id
         LIMIT 1 }) AS d
  WHERE d IS NOT NULL
  RETURN d, count(*) AS n
}
WITH d, sum(n) AS entities
RETURN d {.id, .name, entities: entities} AS district
