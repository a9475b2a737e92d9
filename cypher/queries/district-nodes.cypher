MATCH (d:District)
RETURN d {.id, .name, entities: COUNT { (d)<-[:LOCATED_IN]-(:Entity) }} AS district
