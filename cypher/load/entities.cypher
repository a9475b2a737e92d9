// Entities, their new alias keys, the new documents' mentions of them and the ties between them,
// in one statement: mentions and ties find their nodes by position in the list collected here
// (rows carry `at`, `sourceAt`, `targetAt` into $entities) instead of one locked index lookup per
// row, and the batch's writes stay one round trip.
// $(e[1]) (the type) is a label from the ontology allowlist, checked before this runs. Setting it on every
// row (not ON CREATE) makes the planner finish all MERGEs before any SET (an Eager): without it,
// concurrent loads sharing a hub deadlock. Rows come sorted by id, so locks come in one order.
// Counts grow by this batch's mentions (its documents are new): one write per entity per batch.
// replan=skip: the plan is index-driven whatever the store's size, and replanning it as the
// store grows cost ~8% of Neo4j's CPU in a bulk load.
// Rows are positional lists (store/loadWire.ts gives the columns): packing a map key per field of
// every row was the largest cost of the loader's own CPU.
CYPHER replan=skip
UNWIND range(0, size($entities) - 1) AS i
// [id, type, name, aliases, nameEn, nameZh, pinyinKeys, initialsKeys, newMentions, newDocuments]
WITH i, $entities[i] AS e
MERGE (n:Entity {id: e[0]})
  ON CREATE SET n.name = e[2], n.type = e[1], n.createdAt = datetime()
SET n:$(e[1]),
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN e[3] | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.nameEn = coalesce(n.nameEn, e[4]),
    n.nameZh = coalesce(n.nameZh, e[5]),
    // The search string read by the full-text index entity_search (store/pinyinKeys.ts
    // SEARCH_PREFIXES): pinyin keys as the token 'p_k', initials as 'i_k', separated by spaces
    // (keys are [a-z0-9]; an empty one is skipped). Each token the entity lacks is appended, so an
    // entity seen again under names it already has keeps the string untouched (no index update).
    n.searchKeys = reduce(acc = coalesce(n.searchKeys, ''), t IN [k IN e[6] WHERE k <> '' | 'p_' + k] + [k IN e[7] WHERE k <> '' | 'i_' + k] | CASE WHEN (' ' + acc + ' ') CONTAINS (' ' + t + ' ') THEN acc WHEN acc = '' THEN t ELSE acc + ' ' + t END),
    n.mentionCount = coalesce(n.mentionCount, 0) + toInteger(e[8]),
    n.documentCount = coalesce(n.documentCount, 0) + toInteger(e[9])
WITH i, n ORDER BY i
WITH collect(n) AS nodes
// Then the alias keys resolve-aliases found absent ([key, entityId]), sorted, once every entity
// above is locked: a concurrent load adding the same key first makes MERGE wait and match it, and
// the fixed order keeps the two from deadlocking.
CALL () {
  UNWIND $keys AS k
  MERGE (key:AliasKey {key: k[0]})
    ON CREATE SET key.entity = k[1]
}
// Each new document links to the entities it mentions, grouped by document ([docId, rows]): one
// lookup per document; the documents are new in this transaction, so each link is created, not
// looked up. A row is [at, count, starts, ends, surfaces].
CALL (nodes) {
  UNWIND $mentions AS group
  MATCH (doc:Document {id: group[0]})
  UNWIND group[1] AS m
  WITH doc, m, nodes[toInteger(m[0])] AS n
  // JavaScript numbers arrive as floats: counts and offsets are stored as integers.
  CREATE (doc)-[:MENTIONS {count: toInteger(m[1]), starts: [s IN m[2] | toInteger(s)], ends: [x IN m[3] | toInteger(x)], surfaces: m[4]}]->(n)
}
// Each tie is created (or found) and gains this batch's evidence in its figures: its documents
// are new in this transaction, so the figures grow incrementally, with no recount over a hub.
// One MERGE per ontology type: a MERGE with a dynamic type is planned as a scan of every
// relationship in the store, a static type finds the tie between the two bound nodes. A type
// outside the ontology never reaches this (rows are validated first) and would match no branch.
// UNION ALL: exactly one branch matches a row, so there is nothing to deduplicate.
// A row is [sourceAt, targetAt, type, id, newEvidence, newDocuments, newConfidences].
CALL (nodes) {
  UNWIND $relations AS r
  WITH r, nodes[toInteger(r[0])] AS a, nodes[toInteger(r[1])] AS b
  CALL (a, b, r) {
    WITH a, b, r WHERE r[2] = 'CO_BUILDS'
    MERGE (a)-[x:CO_BUILDS {id: r[3]}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r[2] = 'FLEXIBLY_INTRODUCES'
    MERGE (a)-[x:FLEXIBLY_INTRODUCES {id: r[3]}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r[2] = 'TRANSFERS_TO'
    MERGE (a)-[x:TRANSFERS_TO {id: r[3]}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r[2] = 'SUPPORTS'
    MERGE (a)-[x:SUPPORTS {id: r[3]}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r[2] = 'LOCATED_IN'
    MERGE (a)-[x:LOCATED_IN {id: r[3]}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r[2] = 'PART_OF'
    MERGE (a)-[x:PART_OF {id: r[3]}]->(b)
    RETURN x
  }
  // Independent sentences reinforce each other: confidence is the noisy-or of all of them.
  SET x.evidenceCount = coalesce(x.evidenceCount, 0) + toInteger(r[4]),
      x.documentCount = coalesce(x.documentCount, 0) + toInteger(r[5]),
      x.confidence = 1.0 - (1.0 - coalesce(x.confidence, 0.0)) * reduce(p = 1.0, c IN r[6] | p * (1.0 - c))
}
