// The documents of this batch were checked absent in this transaction. CREATE (not MERGE) makes
// the document's unique id the serialisation point: a concurrent load of the same document
// fails here on the constraint, and its retry finds the document stored and skips it.
CYPHER replan=skip
UNWIND $documents AS d
CREATE (doc:Document {id: d.id})
SET doc.title = d.title,
    doc.source = d.source,
    doc.date = d.date,
    doc.lang = d.lang,
    doc.hash = d.hash,
    doc.length = toInteger(d.length),
    doc.loadedAt = datetime()
