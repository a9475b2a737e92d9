// Search candidates of a latin query in one query (one round trip), ranked by the caller:
// text: as search-fulltext.cypher, full-text hits over names and aliases, best Lucene score first
//   ($query is Lucene-escaped; a type filter reads the $inner best hits and keeps $limit).
// pinyin: pinyin ("chongqingdaxue") and initials ("cqdx") matches, ranked before the limit. The
//   same full-text index holds every alias's keys as tokens of e.searchKeys, a pinyin key as
//   'p_k' and an initials key as 'i_k' (store/pinyinKeys.ts), so 'p_q' is a whole pinyin, 'i_q'
//   whole initials, 'p_q*' and 'i_q*' prefixes, 'p_*q*' pinyin inside ($pinyin is [a-z0-9]
//   only: no Lucene syntax). Each tier is its own lookup with its own limit (a short query
//   matches thousands of entities: sorting all of them would be slow), best tier first: 4 whole
//   pinyin of a name, 3 whole initials, 2 pinyin prefix, 1 initials prefix, 0 pinyin inside
//   (read only when tiers 4-1 found fewer than $pinyinLimit entities).
//   A name query matches no key unless it spells the prefix: keys are only 'p_'/'i_' terms.
//   A query of other text needs no pinyin: search-fulltext.cypher alone (a lighter plan to
//   compile).
// entity_search is eventually consistent (cypher/schema/007-one-full-text-index.cypher): awaiting
// its refresh first (~nothing when no update is pending) finds whatever was committed before.
// Rows are lists, not maps: [id, name, type, aliases, nameEn, documentCount, score or tier].
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($inner)})
  YIELD node, score
  WHERE $types IS NULL OR node.type IN $types
  WITH node, score
  LIMIT toInteger($limit)
  RETURN collect([node.id, node.name, node.type, node.aliases, node.nameEn, node.documentCount, score]) AS text
}
CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('entity_search', 'searchKeys:p_' + $pinyin, {limit: toInteger($inner)})
    YIELD node
    WHERE $types IS NULL OR node.type IN $types
    RETURN node AS e, 4 AS tier LIMIT toInteger($pinyinLimit)
    UNION
    CALL db.index.fulltext.queryNodes('entity_search', 'searchKeys:i_' + $pinyin, {limit: toInteger($inner)})
    YIELD node
    WHERE $types IS NULL OR node.type IN $types
    RETURN node AS e, 3 AS tier LIMIT toInteger($pinyinLimit)
    UNION
    CALL db.index.fulltext.queryNodes('entity_search', 'searchKeys:p_' + $pinyin + '*', {limit: toInteger($inner)})
    YIELD node
    WHERE $types IS NULL OR node.type IN $types
    RETURN node AS e, 2 AS tier LIMIT toInteger($pinyinLimit)
    UNION
    CALL db.index.fulltext.queryNodes('entity_search', 'searchKeys:i_' + $pinyin + '*', {limit: toInteger($inner)})
    YIELD node
    WHERE $types IS NULL OR node.type IN $types
    RETURN node AS e, 1 AS tier LIMIT toInteger($pinyinLimit)
  }
  WITH e, max(tier) AS tier
  WITH collect([e, tier]) AS upper
  // Pinyin inside a key is a leading wildcard over every pinyin term (tens of ms on 10^5 entities,
  // against ~1 ms for the tiers above): read only when the tiers above find nothing, as the last
  // resort it is (its hits rank below all of theirs; a query with some whole or prefix match shows
  // those alone, and the p99 of pinyin search is not set by the rare queries that end here).
  CALL (upper) {
    WITH upper WHERE size(upper) = 0
    CALL db.index.fulltext.queryNodes('entity_search', 'searchKeys:p_*' + $pinyin + '*', {limit: toInteger($inner)})
    YIELD node
    WHERE $types IS NULL OR node.type IN $types
    WITH node LIMIT toInteger($pinyinLimit)
    RETURN collect([node, 0]) AS inside
  }
  UNWIND upper + inside AS hit
  WITH hit[0] AS e, max(hit[1]) AS tier
  ORDER BY tier DESC, coalesce(e.documentCount, 0) DESC, size(e.name), e.id
  LIMIT toInteger($pinyinLimit)
  RETURN collect([e.id, e.name, e.type, e.aliases, e.nameEn, e.documentCount, tier]) AS pinyin
}
RETURN text, pinyin
