// Search reads one Lucene index, entity_search: names, aliases and English names as before
// (cjk analyzer: CJK text as bigrams) and the pinyin/initials search string as tokens ('p_key',
// 'i_key': store/pinyinKeys.ts). It is eventually consistent: Lucene's update runs on a background
// thread after the commit instead of inside it. A text index over the search string (trigrams of
// every key) cost Neo4j ~20 ms CPU and the synchronous full-text index ~8 ms on every article's
// commit. The search queries first await the index's refresh
// (db.index.fulltext.awaitEventuallyConsistentIndexRefresh), so a search still finds whatever was
// committed before it began.
// Databases made before this: the text index goes first (the conversion below would update it),
// each string of the old form ('|pinyin|' and '#initials#' keys, 006-one-search-index.cypher) is
// rewritten as tokens (a key keeps [a-z0-9] only, as user queries do), then the new index is built
// and the old one dropped. Re-running finds no string of the old form and both old indexes gone.
DROP INDEX entity_search_keys IF EXISTS;
MATCH (e:Entity)
WHERE e.searchKeys STARTS WITH '|' OR e.searchKeys STARTS WITH '#'
CALL (e) {
  WITH e, split(e.searchKeys, '#') AS parts
  WITH e,
       [k IN split(parts[0], '|') | 'p_' + reduce(x = '', c IN split(k, '') | x + CASE WHEN ('a' <= c <= 'z') OR ('0' <= c <= '9') THEN c ELSE '' END)] +
       [k IN parts[1..] | 'i_' + reduce(x = '', c IN split(k, '') | x + CASE WHEN ('a' <= c <= 'z') OR ('0' <= c <= '9') THEN c ELSE '' END)] AS tokens
  SET e.searchKeys = reduce(acc = '', t IN tokens | CASE WHEN t IN ['p_', 'i_'] OR (' ' + acc + ' ') CONTAINS (' ' + t + ' ') THEN acc WHEN acc = '' THEN t ELSE acc + ' ' + t END)
} IN TRANSACTIONS OF 10000 ROWS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.nameEn, e.searchKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
DROP INDEX entity_names IF EXISTS;
