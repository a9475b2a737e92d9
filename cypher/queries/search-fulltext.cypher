// Full-text over names and aliases (cjk analyzer); $query is already Lucene-escaped.
// entity_search is eventually consistent (cypher/schema/007-one-full-text-index.cypher): awaiting
// its refresh first (~nothing when no update is pending) finds whatever was committed before.
// The index knows no types, so a type filter reads the $inner best hits (lazily: it stops once
// $limit of the requested types are found) and keeps $limit of them.
// Rows are lists, not maps: [id, name, type, aliases, nameEn, documentCount, score].
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($inner)})
YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN [node.id, node.name, node.type, node.aliases, node.nameEn, node.documentCount, score] AS row
LIMIT toInteger($limit)
