// "Which documents support this edge?" and "what did this document add?" are single index lookups.
CREATE INDEX evidence_rel IF NOT EXISTS FOR (v:Evidence) ON (v.relId);
CREATE INDEX evidence_doc IF NOT EXISTS FOR (v:Evidence) ON (v.doc);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX alias_entity IF NOT EXISTS FOR (k:AliasKey) ON (k.entity);
// Pinyin and initials search use CONTAINS/STARTS WITH, which text indexes serve.
CREATE TEXT INDEX entity_pinyin IF NOT EXISTS FOR (e:Entity) ON (e.pinyin);
CREATE TEXT INDEX entity_initials IF NOT EXISTS FOR (e:Entity) ON (e.initials);
