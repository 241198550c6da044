-- Which content file each postmortem, pattern and limit was last imported
-- from (lib/use-cases/import-rule.ts): content:import refuses a file whose
-- slug or id belongs to a row imported from another file or written in the
-- app, unless --overwrite. Rows imported before this column existed keep
-- NULL until the importer next sees their file.

ALTER TABLE "postmortems" ADD COLUMN "source_path" TEXT;
ALTER TABLE "failure_patterns" ADD COLUMN "source_path" TEXT;
ALTER TABLE "limits" ADD COLUMN "source_path" TEXT;
