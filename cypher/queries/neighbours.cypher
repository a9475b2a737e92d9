// One breadth-first level out from $frontier, beyond the first (neighbours-first.cypher reads the
// centre and its ties): the caller walks depth 2..3. Returns the entities first reached at this
// level (not in $known), best-documented first and at most $room of them, each with its ties to
// the frontier, and the ties inside the frontier (ties to earlier levels came with the frontier).
// Hubs: a frontier entity with more than $fanout ties is a hub. Its new neighbours are read only
// up to $fanout (in store order), so ranking and grouping never touch its thousands of ties. Its
// ties to the kept entities and to other hubs are then found by one plain walk over its ties (no
// sorting, no grouping), so no tie between two returned entities is missed, and the same walk
// counts the distinct entities the hubs tie to. The caller adds those it holds no tie to (new
// ones) to `found` (the new entities read, less those read from hubs): the new entities of this
// level, or a few more (exact unless an entity read from a non-hub also ties to a hub beyond what
// was read from that hub).
// With $unfiltered (every type, no confidence floor) the filters are skipped. The tie types are
// listed in the patterns so that document mentions are never walked; they must be the
// ontology's relationship types. Rows are lists, not maps: they travel and decode faster.
MATCH (a:Entity)
WHERE a.id IN $frontier
WITH collect(a) AS frontier
WITH frontier,
     [a IN frontier
      WHERE COUNT { (a)-[:CO_BUILDS|FLEXIBLY_INTRODUCES|TRANSFERS_TO|SUPPORTS|LOCATED_IN|PART_OF]-() } > $fanout] AS hubs
CALL (frontier, hubs) {
  UNWIND CASE WHEN $room > 0 OR size(frontier) > 1 THEN frontier ELSE [] END AS a
  WITH a, a IN hubs AS hub
  CALL (a, hub) {
    WITH * WHERE NOT hub
    MATCH (a)-[r:CO_BUILDS|FLEXIBLY_INTRODUCES|TRANSFERS_TO|SUPPORTS|LOCATED_IN|PART_OF]-(b)
    WHERE $unfiltered OR (type(r) IN $relations
                          AND ($minConfidence <= 0 OR coalesce(r.confidence, 0.0) >= $minConfidence))
    RETURN r, b
    UNION ALL
    WITH * WHERE hub AND $room > 0
    MATCH (a)-[r:CO_BUILDS|FLEXIBLY_INTRODUCES|TRANSFERS_TO|SUPPORTS|LOCATED_IN|PART_OF]-(b)
    WHERE NOT b.id IN $known
      AND ($unfiltered OR (type(r) IN $relations
                           AND ($minConfidence <= 0 OR coalesce(r.confidence, 0.0) >= $minConfidence)))
    RETURN r, b LIMIT toInteger($fanout)
  }
  // Ties inside the frontier once each: a hub's from the other side, or (hub to hub) from the
  // hub walk below.
  WITH hub, r, b, b.id IN $frontier AS inner, a.id < b.id AS forward
  WHERE (inner AND (forward OR b IN hubs)) OR ($room > 0 AND NOT b.id IN $known)
  WITH b, inner, collect(CASE WHEN NOT hub THEN r END) AS ties, max(CASE WHEN hub THEN 1 ELSE 0 END) AS viaHub
  ORDER BY inner, b.documentCount DESC, b.mentionCount DESC, b.id
  WITH collect(CASE WHEN inner THEN ties END) AS innerTies,
       collect(CASE WHEN NOT inner THEN {b: b, ties: ties} END) AS found,
       sum(CASE WHEN inner THEN 0 ELSE viaHub END) AS hubRead
  RETURN reduce(acc = [], ties IN innerTies | acc + ties) AS inner,
         size(found) AS found, hubRead, found[..toInteger($room)] AS kept
}
// Every tie of every hub, once: those to kept entities and to other hubs, and how many distinct
// entities the hubs tie to (hubAll: the caller takes away those it already holds ties to, and
// hubRead of the rest were read above). Nodes are compared, not ids: no property reads.
CALL (kept, hubs) {
  WITH [k IN kept | k.b] AS keptNodes, hubs
  UNWIND hubs AS h
  MATCH (h)-[r:CO_BUILDS|FLEXIBLY_INTRODUCES|TRANSFERS_TO|SUPPORTS|LOCATED_IN|PART_OF]-(b)
  WHERE b <> h
    AND ($unfiltered OR (type(r) IN $relations
                         AND ($minConfidence <= 0 OR coalesce(r.confidence, 0.0) >= $minConfidence)))
  RETURN collect(CASE WHEN b IN keptNodes OR (b IN hubs AND elementId(h) < elementId(b)) THEN r END) AS hubTies,
         count(DISTINCT b) AS hubAll
}
// With no room left nothing new is collected; the caller estimates what the cap left out from
// the frontier's degrees, less the ties it already holds.
CALL (frontier) {
  UNWIND CASE WHEN $room > 0 THEN [] ELSE frontier END AS a
  RETURN collect([a.id,
                  CASE WHEN $unfiltered
                       THEN COUNT { (a)--() } - COUNT { (a)<-[:MENTIONS]-() }
                       ELSE COUNT { (a)-[r]-()
                                    WHERE type(r) IN $relations
                                      AND coalesce(r.confidence, 0.0) >= $minConfidence } END
                 ]) AS degrees
}
// Kept entity: [id, name, type, aliases, nameEn, mentionCount, documentCount,
//               [districtId, districtName] or null, degree, ties]; tie: [id, source, target,
//               type, confidence, evidenceCount].
CALL (kept) {
  UNWIND kept AS k
  WITH k.b AS b, k.ties AS ties
  RETURN collect([b.id, b.name, b.type, b.aliases, b.nameEn, b.mentionCount, b.documentCount,
                  head([(b)-[:LOCATED_IN]->(d:District) | [d.id, d.name]]),
                  COUNT { (b)--() } - COUNT { (b)<-[:MENTIONS]-() },
                  [r IN ties | [r.id, startNode(r).id, endNode(r).id, type(r), r.confidence, r.evidenceCount]]
                 ]) AS rows
}
RETURN found - hubRead AS found, hubAll, [h IN hubs | h.id] AS hubs, rows AS kept, degrees,
       [r IN inner + hubTies | [r.id, startNode(r).id, endNode(r).id, type(r), r.confidence, r.evidenceCount]] AS innerEdges
