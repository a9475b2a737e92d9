CALL () { MATCH (e:Entity) RETURN e.type AS type, count(*) AS n } 
WITH collect({type: type, n: n}) AS entities
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n }
WITH entities, collect({type: type, n: n}) AS relations
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
RETURN entities, relations, documents
