MATCH (d:Document)
RETURN d {.id, .title, .source, .date, .lang, .hash, .length, loadedAt: toString(d.loadedAt)} AS row
ORDER BY d.id
