MATCH (a:Entity)-[r]->(b:Entity)
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, confidence: r.confidence,
        evidenceCount: r.evidenceCount, documentCount: r.documentCount} AS row
ORDER BY r.id
