// Names and aliases, Chinese included: the cjk analyzer indexes CJK text as bigrams.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.nameEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
