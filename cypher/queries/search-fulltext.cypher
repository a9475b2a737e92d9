// Full-text over names and aliases (cjk analyzer); $query is already Lucene-escaped.
// The index knows no types, so a type filter reads $inner best hits and keeps $limit of them:
// the caller asks again with a larger $inner when too few of the requested types were among them.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($inner)})
YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node {.id, .name, .type, .aliases, .nameEn, .documentCount} AS entity, score
LIMIT toInteger($limit)
