// Pinyin ("chongqingdaxue") and initials ("cqdx") matches, ranked before the limit. Keys are
// '|'-separated per alias ("|chongqingdaxue|chongda|"), so '|q|' is a whole name, '|q' a prefix.
// Each tier is its own text-index lookup with its own limit (a short query matches thousands of
// entities: sorting all of them would be slow), best tier first:
//   4 whole pinyin of a name, 3 whole initials, 2 pinyin prefix, 1 initials prefix, 0 pinyin inside.
CALL () {
  MATCH (e:Entity)
  WHERE e.pinyin CONTAINS ('|' + $pinyin + '|') AND ($types IS NULL OR e.type IN $types)
  RETURN e, 4 AS tier LIMIT toInteger($limit)
  UNION
  MATCH (e:Entity)
  WHERE e.initials CONTAINS ('|' + $pinyin + '|') AND ($types IS NULL OR e.type IN $types)
  RETURN e, 3 AS tier LIMIT toInteger($limit)
  UNION
  MATCH (e:Entity)
  WHERE e.pinyin CONTAINS ('|' + $pinyin) AND ($types IS NULL OR e.type IN $types)
  RETURN e, 2 AS tier LIMIT toInteger($limit)
  UNION
  MATCH (e:Entity)
  WHERE e.initials CONTAINS ('|' + $pinyin) AND ($types IS NULL OR e.type IN $types)
  RETURN e, 1 AS tier LIMIT toInteger($limit)
  UNION
  MATCH (e:Entity)
  WHERE e.pinyin CONTAINS $pinyin AND ($types IS NULL OR e.type IN $types)
  RETURN e, 0 AS tier LIMIT toInteger($limit)
}
WITH e, max(tier) AS tier
ORDER BY tier DESC, coalesce(e.documentCount, 0) DESC, size(e.name), e.id
LIMIT toInteger($limit)
RETURN e {.id, .name, .type, .aliases, .nameEn, .documentCount} AS entity, tier
