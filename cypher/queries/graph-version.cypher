// A cheap fingerprint of the graph's content, so cached analytics know when to recompute.
MATCH (d:Document)
RETURN count(d) AS documents, max(d.loadedAt) AS lastLoad,
       COUNT { MATCH (:Entity) } AS entities,
       COUNT { MATCH (:Evidence) } AS evidence
