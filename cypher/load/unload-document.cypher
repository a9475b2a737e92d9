// Removes a document with its evidence and mentions; returns what it touched so figures can be refreshed.
MATCH (doc:Document {id: $id})
OPTIONAL MATCH (ev:Evidence {doc: $id})
WITH doc, collect(ev) AS evs,
     collect(DISTINCT CASE WHEN ev IS NULL THEN null ELSE {id: ev.relId, source: ev.source, target: ev.target} END) AS relations
OPTIONAL MATCH (doc)-[:MENTIONS]->(n:Entity)
WITH doc, evs, relations, collect(n.id) AS entityIds
FOREACH (ev IN evs | DETACH DELETE ev)
DETACH DELETE doc
RETURN relations, entityIds
