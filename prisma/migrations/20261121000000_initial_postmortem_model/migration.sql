-- Initial postmortem model: postmortems and their parts, the limit catalog,
-- failure patterns and tags.

CREATE TYPE "PostmortemStatus" AS ENUM ('draft', 'in_review', 'published');
CREATE TYPE "Severity" AS ENUM ('SEV1', 'SEV2', 'SEV3', 'SEV4');
CREATE TYPE "TimelineEventKind" AS ENUM ('trigger', 'detection', 'escalation', 'diagnosis', 'action', 'mitigation', 'resolution', 'observation');
CREATE TYPE "FactorKind" AS ENUM ('technical', 'process', 'capacity', 'monitoring', 'external', 'human');
CREATE TYPE "ActionItemStatus" AS ENUM ('open', 'in_progress', 'done', 'wont_do');
CREATE TYPE "DiagramKind" AS ENUM ('architecture', 'failure_path', 'sequence', 'before_after');

CREATE TABLE "postmortems" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "PostmortemStatus" NOT NULL DEFAULT 'draft',
    "severity" "Severity" NOT NULL,
    "impact" TEXT NOT NULL DEFAULT '',
    "started_at" TIMESTAMPTZ(3),
    "detected_at" TIMESTAMPTZ(3),
    "mitigated_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "cloud_provider" TEXT,
    "region" TEXT,
    "platform" TEXT,
    "components" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "trigger" TEXT NOT NULL DEFAULT '',
    "root_cause" TEXT NOT NULL DEFAULT '',
    "detection" TEXT NOT NULL DEFAULT '',
    "resolution" TEXT NOT NULL DEFAULT '',
    "went_well" TEXT NOT NULL DEFAULT '',
    "went_wrong" TEXT NOT NULL DEFAULT '',
    "got_lucky" TEXT NOT NULL DEFAULT '',
    "authors" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "source_hash" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "postmortems_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "postmortems_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "postmortems_version_positive" CHECK ("version" > 0),
    CONSTRAINT "postmortems_times_ordered" CHECK (
        ("detected_at" IS NULL OR "started_at" IS NULL OR "detected_at" >= "started_at") AND
        ("mitigated_at" IS NULL OR "started_at" IS NULL OR "mitigated_at" >= "started_at") AND
        ("resolved_at" IS NULL OR "started_at" IS NULL OR "resolved_at" >= "started_at"))
);
CREATE UNIQUE INDEX "postmortems_slug_key" ON "postmortems"("slug");
CREATE INDEX "postmortems_status_started_at_idx" ON "postmortems"("status", "started_at" DESC);
CREATE INDEX "postmortems_cloud_provider_idx" ON "postmortems"("cloud_provider");
CREATE INDEX "postmortems_platform_idx" ON "postmortems"("platform");
CREATE INDEX "postmortems_components_idx" ON "postmortems" USING GIN ("components");

CREATE TABLE "timeline_events" (
    "id" UUID NOT NULL,
    "postmortem_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3),
    "label" TEXT,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "kind" "TimelineEventKind" NOT NULL,
    "actor" TEXT,
    "description" TEXT NOT NULL,
    CONSTRAINT "timeline_events_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "timeline_events_postmortem_id_position_key" ON "timeline_events"("postmortem_id", "position");

CREATE TABLE "contributing_factors" (
    "id" UUID NOT NULL,
    "postmortem_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "FactorKind" NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "contributing_factors_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "contributing_factors_postmortem_id_position_key" ON "contributing_factors"("postmortem_id", "position");

CREATE TABLE "action_items" (
    "id" UUID NOT NULL,
    "postmortem_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "owner" TEXT,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'open',
    "due_date" DATE,
    "link" TEXT,
    CONSTRAINT "action_items_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "action_items_postmortem_id_position_key" ON "action_items"("postmortem_id", "position");

CREATE TABLE "limits" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "default_value" TEXT,
    "unit" TEXT,
    "adjustable" BOOLEAN,
    "doc_url" TEXT,
    "source_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "limits_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "limits_id_format" CHECK ("id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE INDEX "limits_provider_idx" ON "limits"("provider");

CREATE TABLE "postmortem_limits" (
    "postmortem_id" UUID NOT NULL,
    "limit_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "observed_value" TEXT,
    "raised_to" TEXT,
    "note" TEXT,
    CONSTRAINT "postmortem_limits_pkey" PRIMARY KEY ("postmortem_id", "limit_id")
);
CREATE INDEX "postmortem_limits_limit_id_idx" ON "postmortem_limits"("limit_id");

CREATE TABLE "error_signatures" (
    "id" UUID NOT NULL,
    "postmortem_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "error_signatures_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "error_signatures_postmortem_id_position_key" ON "error_signatures"("postmortem_id", "position");

CREATE TABLE "failure_patterns" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "mechanism" TEXT NOT NULL DEFAULT '',
    "detection_signals" TEXT NOT NULL DEFAULT '',
    "mitigations" TEXT NOT NULL DEFAULT '',
    "prevention" TEXT NOT NULL DEFAULT '',
    "source_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "failure_patterns_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "failure_patterns_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX "failure_patterns_slug_key" ON "failure_patterns"("slug");

CREATE TABLE "pattern_relations" (
    "from_id" UUID NOT NULL,
    "to_id" UUID NOT NULL,
    CONSTRAINT "pattern_relations_pkey" PRIMARY KEY ("from_id", "to_id"),
    CONSTRAINT "pattern_relations_not_self" CHECK ("from_id" <> "to_id")
);
CREATE INDEX "pattern_relations_to_id_idx" ON "pattern_relations"("to_id");

CREATE TABLE "postmortem_patterns" (
    "postmortem_id" UUID NOT NULL,
    "pattern_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "note" TEXT,
    CONSTRAINT "postmortem_patterns_pkey" PRIMARY KEY ("postmortem_id", "pattern_id")
);
CREATE INDEX "postmortem_patterns_pattern_id_idx" ON "postmortem_patterns"("pattern_id");

CREATE TABLE "diagrams" (
    "id" UUID NOT NULL,
    "postmortem_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "DiagramKind" NOT NULL,
    "caption" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "diagrams_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "diagrams_postmortem_id_position_key" ON "diagrams"("postmortem_id", "position");

CREATE TABLE "postmortem_references" (
    "id" UUID NOT NULL,
    "postmortem_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "published_on" TEXT,
    "note" TEXT,
    CONSTRAINT "postmortem_references_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "postmortem_references_postmortem_id_position_key" ON "postmortem_references"("postmortem_id", "position");

CREATE TABLE "tags" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "tags_name_key" ON "tags"("name");

CREATE TABLE "postmortem_tags" (
    "postmortem_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,
    CONSTRAINT "postmortem_tags_pkey" PRIMARY KEY ("postmortem_id", "tag_id")
);
CREATE INDEX "postmortem_tags_tag_id_idx" ON "postmortem_tags"("tag_id");

ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contributing_factors" ADD CONSTRAINT "contributing_factors_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "postmortem_limits" ADD CONSTRAINT "postmortem_limits_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "postmortem_limits" ADD CONSTRAINT "postmortem_limits_limit_id_fkey" FOREIGN KEY ("limit_id") REFERENCES "limits"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "error_signatures" ADD CONSTRAINT "error_signatures_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "pattern_relations" ADD CONSTRAINT "pattern_relations_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "failure_patterns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "pattern_relations" ADD CONSTRAINT "pattern_relations_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "failure_patterns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "postmortem_patterns" ADD CONSTRAINT "postmortem_patterns_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "postmortem_patterns" ADD CONSTRAINT "postmortem_patterns_pattern_id_fkey" FOREIGN KEY ("pattern_id") REFERENCES "failure_patterns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "diagrams" ADD CONSTRAINT "diagrams_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "postmortem_references" ADD CONSTRAINT "postmortem_references_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "postmortem_tags" ADD CONSTRAINT "postmortem_tags_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "postmortem_tags" ADD CONSTRAINT "postmortem_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;
