// Every entity for in-memory analytics (hubs), one row each, with its district (a District is
// its own). Rows, not one collected list: a record of 10^5 maps decodes very slowly in the driver.
MATCH (n:Entity)
RETURN n.id AS id, n.name AS name, n.type AS type,
       CASE WHEN n.type = 'District' THEN [n.id, n.name]
            ELSE head([(n)-[:LOCATED_IN]->(d:District) | [d.id, d.name]]) END AS district
