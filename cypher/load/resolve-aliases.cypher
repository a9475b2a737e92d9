// Existing entities known under any of these alias keys ("Type|surface form").
CYPHER replan=skip
UNWIND $keys AS key
MATCH (k:AliasKey {key: key})
RETURN k.key AS key, k.entity AS entity
