// Stable keys: every entity, document and alias key is unique by its id/key. Evidence records
// have no uniqueness constraint: their ids are content-derived and only a document new in the
// same transaction creates them, so the constraint's index would be pure upkeep.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (k:AliasKey) REQUIRE k.key IS UNIQUE;
