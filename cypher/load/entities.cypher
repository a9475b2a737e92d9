// $(e.type) is a label from the ontology allowlist, checked before this runs.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
  ON CREATE SET n.name = e.name, n.type = e.type, n.createdAt = datetime()
SET n:$(e.type),
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN e.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.nameEn = coalesce(n.nameEn, e.nameEn),
    n.nameZh = coalesce(n.nameZh, e.nameZh),
    // Keys of aliases seen before are kept: '|'-separated, so a new alias appends its own.
    n.pinyin = CASE WHEN n.pinyin IS NULL THEN e.pinyin WHEN n.pinyin CONTAINS e.pinyin THEN n.pinyin ELSE n.pinyin + substring(e.pinyin, 1) END,
    n.initials = CASE WHEN n.initials IS NULL THEN e.initials WHEN n.initials CONTAINS e.initials THEN n.initials ELSE n.initials + substring(e.initials, 1) END
WITH n, e
UNWIND e.aliasKeys AS key
MERGE (k:AliasKey {key: key})
  ON CREATE SET k.entity = n.id
