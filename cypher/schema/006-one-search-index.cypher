// Pinyin and initials search read one string, e.searchKeys: the two text indexes over e.pinyin and
// e.initials cost Neo4j ~10 ms CPU each on every article's commit. Databases made before this gain
// the string in its first form ('|pinyin|' and '#initials#' keys; 007-one-full-text-index.cypher
// turns it into search tokens), built from their stored pinyin and initials keys, then lose the two
// indexes. Re-running finds no entity without the string: it changes nothing.
MATCH (e:Entity)
WHERE e.searchKeys IS NULL AND (e.pinyin IS NOT NULL OR e.initials IS NOT NULL)
CALL (e) {
  SET e.searchKeys =
    reduce(acc = '', k IN split(coalesce(e.pinyin, ''), '|') | CASE WHEN k = '' THEN acc ELSE acc + '|' + replace(k, '#', '_') + '|' END) +
    reduce(acc = '', k IN split(coalesce(e.initials, ''), '|') | CASE WHEN k = '' THEN acc ELSE acc + '#' + replace(k, '#', '_') + '#' END)
} IN TRANSACTIONS OF 10000 ROWS;
DROP INDEX entity_pinyin IF EXISTS;
DROP INDEX entity_initials IF EXISTS;
