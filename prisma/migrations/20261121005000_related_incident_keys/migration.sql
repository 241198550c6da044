-- What related-incident ranking matches on: normalised component names
-- ("Calico (BGP mode)" and "calico" are one component) and trigram-similar
-- error signatures.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "postmortems" ADD COLUMN "component_keys" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

UPDATE "postmortems" SET "component_keys" = ARRAY(
    SELECT DISTINCT lower(btrim(regexp_replace(c, '\s*\([^)]*\)', '', 'g')))
    FROM unnest("components") AS c
    WHERE btrim(regexp_replace(c, '\s*\([^)]*\)', '', 'g')) <> '');

CREATE INDEX "postmortems_component_keys_idx" ON "postmortems" USING GIN ("component_keys");
CREATE INDEX "error_signatures_text_trgm_idx" ON "error_signatures" USING GIN ("text" gin_trgm_ops);
