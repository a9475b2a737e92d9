// "Which documents support this edge?" is one index lookup on Evidence.relId; "what did this
// document add?" is the document's id lookup and its IN_DOCUMENT links (no second index).
CREATE INDEX evidence_rel IF NOT EXISTS FOR (v:Evidence) ON (v.relId);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX alias_entity IF NOT EXISTS FOR (k:AliasKey) ON (k.entity);
// Names, aliases and pinyin/initials search: one full-text index (007-one-full-text-index.cypher).
