// Removes a document with its evidence and mentions; returns what it touched so figures can be refreshed.
CYPHER replan=skip
MATCH (doc:Document {id: $id})
OPTIONAL MATCH (doc)<-[:IN_DOCUMENT]-(ev:Evidence)
WITH doc, collect(ev) AS evs, collect(DISTINCT ev.relId) AS relationIds
OPTIONAL MATCH (doc)-[:MENTIONS]->(n:Entity)
WITH doc, evs, relationIds, collect(n.id) AS entityIds
FOREACH (ev IN evs | DETACH DELETE ev)
DETACH DELETE doc
RETURN relationIds, entityIds
