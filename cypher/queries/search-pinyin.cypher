// Pinyin ("chongqingdaxue") and initials ("cqdx") matches; keys are '|'-separated per alias.
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND (e.pinyin CONTAINS $pinyin OR e.initials CONTAINS $initialsPrefix)
RETURN e {.id, .name, .type, .aliases, .nameEn, .documentCount} AS entity,
       e.initials CONTAINS $initialsPrefix AS byInitials,
       e.pinyin CONTAINS ('|' + $pinyin) AS pinyinPrefix
LIMIT toInteger($limit)
