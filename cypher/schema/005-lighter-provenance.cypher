// One evidence record per (tie, sentence) holds only the tie's id, the sentence, its offsets and
// confidence; the tie is found by its id in a relationship index of its type, the document
// through the record's IN_DOCUMENT link. Databases made before this lose the evidence id
// constraint and the evidence-by-document index, upkeep on every sentence loaded (no-ops once
// they are gone).
DROP CONSTRAINT evidence_id IF EXISTS;
DROP INDEX evidence_doc IF EXISTS;
CREATE INDEX tie_id_co_builds IF NOT EXISTS FOR ()-[r:CO_BUILDS]-() ON (r.id);
CREATE INDEX tie_id_flexibly_introduces IF NOT EXISTS FOR ()-[r:FLEXIBLY_INTRODUCES]-() ON (r.id);
CREATE INDEX tie_id_transfers_to IF NOT EXISTS FOR ()-[r:TRANSFERS_TO]-() ON (r.id);
CREATE INDEX tie_id_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX tie_id_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX tie_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
