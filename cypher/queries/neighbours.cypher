// One breadth-first level out from $frontier; the caller walks depth 1..3. Returns the entities
// first reached at this level (not in $known), best-documented first and at most $room of them,
// each with all its ties to the frontier; the ties inside the frontier (ties to earlier levels
// came back with the frontier itself); both from one walk over the frontier's ties.
// $relations is always a list (the caller sends every type when unfiltered). Entity ties are
// all ties but document mentions, so degrees are two degree-store reads, never a walk.
MATCH (a:Entity)
WHERE a.id IN $frontier
WITH collect(a) AS frontier
CALL (frontier) {
  UNWIND CASE WHEN $room > 0 OR size(frontier) > 1 THEN frontier ELSE [] END AS a
  MATCH (a)-[r]-(b)
  WHERE type(r) IN $relations
    AND ($minConfidence <= 0 OR coalesce(r.confidence, 0.0) >= $minConfidence)
  WITH a, r, b, b.id IN $frontier AS inner
  WHERE (inner AND a.id < b.id) OR ($room > 0 AND NOT b.id IN $known)
  WITH b, inner, collect(r) AS ties
  ORDER BY inner, b.documentCount DESC, b.mentionCount DESC, b.id
  WITH collect(CASE WHEN inner THEN ties END) AS innerTies,
       collect(CASE WHEN NOT inner THEN {b: b, ties: ties} END) AS found
  RETURN reduce(acc = [], ties IN innerTies | acc + ties) AS inner,
         size(found) AS found, found[..toInteger($room)] AS kept
}
// With no room left nothing new is collected; the caller estimates what the cap left out from
// the frontier's degrees, less the ties it already holds.
CALL (frontier) {
  UNWIND CASE WHEN $room > 0 THEN [] ELSE frontier END AS a
  RETURN collect({id: a.id,
                  degree: CASE WHEN $unfiltered
                               THEN COUNT { (a)--() } - COUNT { (a)<-[:MENTIONS]-() }
                               ELSE COUNT { (a)-[r]-()
                                            WHERE type(r) IN $relations
                                              AND coalesce(r.confidence, 0.0) >= $minConfidence } END
                 }) AS degrees
}
CALL (kept) {
  UNWIND kept AS k
  WITH k.b AS b, k.ties AS ties
  RETURN collect({
           node: b {.id, .name, .type, .aliases, .nameEn, .mentionCount, .documentCount,
                    district: head([(b)-[:LOCATED_IN]->(d:District) | d {.id, .name}]),
                    degree: COUNT { (b)--() } - COUNT { (b)<-[:MENTIONS]-() }},
           edges: [r IN ties | {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r),
                                confidence: r.confidence, evidenceCount: r.evidenceCount}]
         }) AS rows
}
RETURN found, rows AS kept, degrees,
       [r IN inner | {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r),
                      confidence: r.confidence, evidenceCount: r.evidenceCount}] AS innerEdges
