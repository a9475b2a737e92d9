// Search candidates of a latin query in one query (one round trip), ranked by the caller:
// text: as search-fulltext.cypher, full-text hits over names and aliases, best Lucene score first
//   ($query is Lucene-escaped; a type filter reads the $inner best hits and keeps $limit).
// pinyin: pinyin ("chongqingdaxue") and initials ("cqdx")
//   matches, ranked before the limit. One indexed string holds every alias's keys, a pinyin key
//   as '|k|' and an initials key as '#k#' ("|chongqingdaxue||chongda|#cqdx##cd#",
//   store/pinyinKeys.ts), so '|q|' is a whole pinyin, '#q#' whole initials, '|q' and '#q'
//   prefixes ($pinyin is [a-z0-9] only, never a marker). Each tier is its own text-index lookup
//   with its own limit (a short query matches thousands of entities: sorting all of them would be
//   slow), best tier first: 4 whole pinyin of a name, 3 whole initials, 2 pinyin prefix,
//   1 initials prefix, 0 pinyin inside (a hit inside initials only is filtered out: split on '|',
//   a pinyin key holds no '#', a run of initials keys does). A query of other text needs no
//   pinyin: search-fulltext.cypher alone (a lighter plan to compile: the pinyin tiers cost Neo4j
//   ~0.7 s to plan on first use).
// Rows are lists, not maps: [id, name, type, aliases, nameEn, documentCount, score or tier].
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($inner)})
  YIELD node, score
  WHERE $types IS NULL OR node.type IN $types
  WITH node, score
  LIMIT toInteger($limit)
  RETURN collect([node.id, node.name, node.type, node.aliases, node.nameEn, node.documentCount, score]) AS text
}
CALL () {
  CALL () {
    MATCH (e:Entity)
    WHERE e.searchKeys CONTAINS ('|' + $pinyin + '|') AND ($types IS NULL OR e.type IN $types)
    RETURN e, 4 AS tier LIMIT toInteger($pinyinLimit)
    UNION
    MATCH (e:Entity)
    WHERE e.searchKeys CONTAINS ('#' + $pinyin + '#') AND ($types IS NULL OR e.type IN $types)
    RETURN e, 3 AS tier LIMIT toInteger($pinyinLimit)
    UNION
    MATCH (e:Entity)
    WHERE e.searchKeys CONTAINS ('|' + $pinyin) AND ($types IS NULL OR e.type IN $types)
    RETURN e, 2 AS tier LIMIT toInteger($pinyinLimit)
    UNION
    MATCH (e:Entity)
    WHERE e.searchKeys CONTAINS ('#' + $pinyin) AND ($types IS NULL OR e.type IN $types)
    RETURN e, 1 AS tier LIMIT toInteger($pinyinLimit)
    UNION
    MATCH (e:Entity)
    WHERE e.searchKeys CONTAINS $pinyin AND ($types IS NULL OR e.type IN $types)
      AND any(k IN split(e.searchKeys, '|') WHERE k CONTAINS $pinyin AND NOT k CONTAINS '#')
    RETURN e, 0 AS tier LIMIT toInteger($pinyinLimit)
  }
  WITH e, max(tier) AS tier
  ORDER BY tier DESC, coalesce(e.documentCount, 0) DESC, size(e.name), e.id
  LIMIT toInteger($pinyinLimit)
  RETURN collect([e.id, e.name, e.type, e.aliases, e.nameEn, e.documentCount, tier]) AS pinyin
}
RETURN text, pinyin
