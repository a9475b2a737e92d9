// Stable keys: every entity, document, evidence record and alias key is unique by its id/key.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (k:AliasKey) REQUIRE k.key IS UNIQUE;
