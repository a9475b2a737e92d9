// Which of these documents are already stored, and with which content hash.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.hash AS hash
