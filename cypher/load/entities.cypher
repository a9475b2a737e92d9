// $(e.type) is a label from the ontology allowlist, checked before this runs. Setting it on every
// row (not ON CREATE) makes the planner finish all MERGEs before any SET (an Eager): without it,
// concurrent loads sharing a hub deadlock. Rows come sorted by id, so locks come in one order.
// Counts grow by this batch's mentions (its documents are new): one write per entity per batch.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
  ON CREATE SET n.name = e.name, n.type = e.type, n.createdAt = datetime()
SET n:$(e.type),
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN e.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.nameEn = coalesce(n.nameEn, e.nameEn),
    n.nameZh = coalesce(n.nameZh, e.nameZh),
    // Keys of aliases seen before are kept: '|'-separated, so a new alias appends its own.
    n.pinyin = CASE WHEN n.pinyin IS NULL THEN e.pinyin WHEN n.pinyin CONTAINS e.pinyin THEN n.pinyin ELSE n.pinyin + substring(e.pinyin, 1) END,
    n.initials = CASE WHEN n.initials IS NULL THEN e.initials WHEN n.initials CONTAINS e.initials THEN n.initials ELSE n.initials + substring(e.initials, 1) END,
    n.mentionCount = coalesce(n.mentionCount, 0) + e.newMentions,
    n.documentCount = coalesce(n.documentCount, 0) + e.newDocuments
// Then the alias keys resolve-aliases found absent, sorted, once every entity above is locked:
// a concurrent load adding the same key first makes MERGE wait and match it, and the fixed order
// keeps the two from deadlocking.
WITH count(*) AS entitiesDone
UNWIND $keys AS k
MERGE (key:AliasKey {key: k.key})
  ON CREATE SET key.entity = k.entity
