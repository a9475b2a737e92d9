// The whole entity graph for in-memory analytics (hubs): nodes with their district, and ties.
CALL () {
  MATCH (n:Entity)
  RETURN collect(n {.id, .name, .type,
           district: CASE WHEN n.type = 'District' THEN n {.id, .name}
                          ELSE head([(n)-[:LOCATED_IN]->(d:District) | d {.id, .name}]) END}) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  RETURN collect({source: a.id, target: b.id, type: type(r), confidence: r.confidence}) AS edges
}
RETURN nodes, edges
