UNWIND $documents AS d
MERGE (doc:Document {id: d.id})
SET doc.title = d.title,
    doc.source = d.source,
    doc.date = d.date,
    doc.lang = d.lang,
    doc.hash = d.hash,
    doc.length = d.length,
    doc.loadedAt = coalesce(doc.loadedAt, datetime())
