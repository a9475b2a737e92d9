MATCH (e:Entity)
RETURN e {.id, .name, .type, .aliases, .nameEn, .nameZh, .searchKeys, .mentionCount, .documentCount} AS row,
       COLLECT { MATCH (k:AliasKey {entity: e.id}) RETURN k.key } AS aliasKeys
ORDER BY e.id
