// Names and aliases were searched through the full-text index entity_names: it is replaced by
// entity_search (007-one-full-text-index.cypher), which also holds the pinyin/initials keys.
