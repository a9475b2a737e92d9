// Full-text over names and aliases (cjk analyzer); $query is already Lucene-escaped.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($limit)})
YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node {.id, .name, .type, .aliases, .nameEn, .documentCount} AS entity, score
