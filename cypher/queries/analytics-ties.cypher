// Every tie between two entities for in-memory analytics (hubs), one row each: [source, target,
// type]. Rows, not one collected list: a record of 5·10^5 maps took the driver ~45 s of CPU to
// decode (a message spanning thousands of chunks is read byte by byte), rows take a few seconds.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS source, b.id AS target, type(r) AS type
