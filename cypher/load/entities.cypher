// Entities, their new alias keys, the new documents' mentions of them and the ties between them,
// in one statement: mentions and ties find their nodes by position in the list collected here
// (rows carry `at`, `sourceAt`, `targetAt` into $entities) instead of one locked index lookup per
// row, and the batch's writes stay one round trip.
// $(e.type) is a label from the ontology allowlist, checked before this runs. Setting it on every
// row (not ON CREATE) makes the planner finish all MERGEs before any SET (an Eager): without it,
// concurrent loads sharing a hub deadlock. Rows come sorted by id, so locks come in one order.
// Counts grow by this batch's mentions (its documents are new): one write per entity per batch.
// replan=skip: the plan is index-driven whatever the store's size, and replanning it as the
// store grows cost ~8% of Neo4j's CPU in a bulk load.
CYPHER replan=skip
UNWIND range(0, size($entities) - 1) AS i
WITH i, $entities[i] AS e
MERGE (n:Entity {id: e.id})
  ON CREATE SET n.name = e.name, n.type = e.type, n.createdAt = datetime()
SET n:$(e.type),
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN e.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.nameEn = coalesce(n.nameEn, e.nameEn),
    n.nameZh = coalesce(n.nameZh, e.nameZh),
    // Keys of aliases seen before are kept: '|'-separated, so a new alias appends its own.
    n.pinyin = CASE WHEN n.pinyin IS NULL THEN e.pinyin WHEN n.pinyin CONTAINS e.pinyin THEN n.pinyin ELSE n.pinyin + substring(e.pinyin, 1) END,
    n.initials = CASE WHEN n.initials IS NULL THEN e.initials WHEN n.initials CONTAINS e.initials THEN n.initials ELSE n.initials + substring(e.initials, 1) END,
    n.mentionCount = coalesce(n.mentionCount, 0) + toInteger(e.newMentions),
    n.documentCount = coalesce(n.documentCount, 0) + toInteger(e.newDocuments)
WITH i, n ORDER BY i
WITH collect(n) AS nodes
// Then the alias keys resolve-aliases found absent, sorted, once every entity above is locked:
// a concurrent load adding the same key first makes MERGE wait and match it, and the fixed order
// keeps the two from deadlocking.
CALL () {
  UNWIND $keys AS k
  MERGE (key:AliasKey {key: k.key})
    ON CREATE SET key.entity = k.entity
}
// Each new document links to the entities it mentions, grouped by document: one lookup per
// document; the documents are new in this transaction, so each link is created, not looked up.
CALL (nodes) {
  UNWIND $mentions AS group
  MATCH (doc:Document {id: group.doc})
  UNWIND group.rows AS m
  WITH doc, m, nodes[toInteger(m.at)] AS n
  // JavaScript numbers arrive as floats: counts and offsets are stored as integers.
  CREATE (doc)-[:MENTIONS {count: toInteger(m.count), starts: [s IN m.starts | toInteger(s)], ends: [x IN m.ends | toInteger(x)], surfaces: m.surfaces}]->(n)
}
// Each tie is created (or found) and gains this batch's evidence in its figures: its documents
// are new in this transaction, so the figures grow incrementally, with no recount over a hub.
// One MERGE per ontology type: a MERGE with a dynamic type is planned as a scan of every
// relationship in the store, a static type finds the tie between the two bound nodes. A type
// outside the ontology never reaches this (rows are validated first) and would match no branch.
// UNION ALL: exactly one branch matches a row, so there is nothing to deduplicate.
CALL (nodes) {
  UNWIND $relations AS r
  WITH r, nodes[toInteger(r.sourceAt)] AS a, nodes[toInteger(r.targetAt)] AS b
  CALL (a, b, r) {
    WITH a, b, r WHERE r.type = 'CO_BUILDS'
    MERGE (a)-[x:CO_BUILDS {id: r.id}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r.type = 'FLEXIBLY_INTRODUCES'
    MERGE (a)-[x:FLEXIBLY_INTRODUCES {id: r.id}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r.type = 'TRANSFERS_TO'
    MERGE (a)-[x:TRANSFERS_TO {id: r.id}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r.type = 'SUPPORTS'
    MERGE (a)-[x:SUPPORTS {id: r.id}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r.type = 'LOCATED_IN'
    MERGE (a)-[x:LOCATED_IN {id: r.id}]->(b)
    RETURN x
    UNION ALL
    WITH a, b, r WHERE r.type = 'PART_OF'
    MERGE (a)-[x:PART_OF {id: r.id}]->(b)
    RETURN x
  }
  // Independent sentences reinforce each other: confidence is the noisy-or of all of them.
  SET x.evidenceCount = coalesce(x.evidenceCount, 0) + toInteger(r.newEvidence),
      x.documentCount = coalesce(x.documentCount, 0) + toInteger(r.newDocuments),
      x.confidence = 1.0 - (1.0 - coalesce(x.confidence, 0.0)) * reduce(p = 1.0, c IN r.newConfidences | p * (1.0 - c))
}
