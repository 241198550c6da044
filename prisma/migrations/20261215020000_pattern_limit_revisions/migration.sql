-- Failure patterns and limits are edited in the app too: each gets a version
-- (optimistic locking, as postmortems) and an immutable revision per write.
-- Expand-only: two columns with a default, two new tables. Every row that
-- exists was written by content:import (the only writer so far; placeholders
-- for related patterns included), so each gets version 1 and a first
-- revision of kind 'import' with no author, whose snapshot is the row as it
-- stands, in the shape of its content file (FailurePatternData, LimitData).

ALTER TABLE "failure_patterns" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "failure_patterns" ADD CONSTRAINT "failure_patterns_version_positive" CHECK ("version" > 0);
ALTER TABLE "limits" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "limits" ADD CONSTRAINT "limits_version_positive" CHECK ("version" > 0);

CREATE TABLE "pattern_revisions" (
    "id" UUID NOT NULL,
    "pattern_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "RevisionKind" NOT NULL,
    "note" TEXT,
    "snapshot" JSONB NOT NULL,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pattern_revisions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pattern_revisions_version_positive" CHECK ("version" > 0)
);
CREATE UNIQUE INDEX "pattern_revisions_pattern_id_version_key" ON "pattern_revisions"("pattern_id", "version");
CREATE INDEX "pattern_revisions_author_id_idx" ON "pattern_revisions"("author_id");
ALTER TABLE "pattern_revisions" ADD CONSTRAINT "pattern_revisions_pattern_id_fkey" FOREIGN KEY ("pattern_id") REFERENCES "failure_patterns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "pattern_revisions" ADD CONSTRAINT "pattern_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "limit_revisions" (
    "id" UUID NOT NULL,
    "limit_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "RevisionKind" NOT NULL,
    "note" TEXT,
    "snapshot" JSONB NOT NULL,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "limit_revisions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "limit_revisions_version_positive" CHECK ("version" > 0)
);
CREATE UNIQUE INDEX "limit_revisions_limit_id_version_key" ON "limit_revisions"("limit_id", "version");
CREATE INDEX "limit_revisions_author_id_idx" ON "limit_revisions"("author_id");
ALTER TABLE "limit_revisions" ADD CONSTRAINT "limit_revisions_limit_id_fkey" FOREIGN KEY ("limit_id") REFERENCES "limits"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "limit_revisions" ADD CONSTRAINT "limit_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The first revision of what exists. `related` is sorted bytewise (COLLATE "C"), as patternToData sorts it.
INSERT INTO "pattern_revisions" ("id", "pattern_id", "version", "kind", "note", "snapshot", "created_at")
SELECT gen_random_uuid(), p."id", 1, 'import', 'as it was when revisions began', jsonb_build_object(
    'slug', p."slug",
    'name', p."name",
    'summary', p."summary",
    'related', COALESCE((
        SELECT jsonb_agg(t."slug" ORDER BY t."slug" COLLATE "C")
        FROM "pattern_relations" r JOIN "failure_patterns" t ON t."id" = r."to_id"
        WHERE r."from_id" = p."id"), '[]'::jsonb),
    'mechanism', p."mechanism",
    'detectionSignals', p."detection_signals",
    'mitigations', p."mitigations",
    'prevention', p."prevention"), p."updated_at"
FROM "failure_patterns" p;

INSERT INTO "limit_revisions" ("id", "limit_id", "version", "kind", "note", "snapshot", "created_at")
SELECT gen_random_uuid(), l."id", 1, 'import', 'as it was when revisions began', jsonb_strip_nulls(jsonb_build_object(
    'id', l."id",
    'provider', l."provider",
    'resource', l."resource",
    'name', l."name",
    'defaultValue', l."default_value",
    'unit', l."unit",
    'adjustable', l."adjustable",
    'docUrl', l."doc_url",
    'description', l."description")), l."updated_at"
FROM "limits" l;
