MATCH (e:Entity)
RETURN e {.id, .name, .type, .aliases, .nameEn, .nameZh, .pinyin, .initials, .mentionCount, .documentCount} AS row,
       [(k:AliasKey {entity: e.id}) | k.key] AS aliasKeys
ORDER BY e.id
