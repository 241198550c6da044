-- Public incidents of knowledge packs next to a team's own postmortems: where a
-- postmortem comes from (own or public), the organization it happened to, its
-- source links, an unrated severity, and a start date known only to the year,
-- month or day. Existing rows are own postmortems and keep their severity.

CREATE TYPE "PostmortemOrigin" AS ENUM ('own', 'public');
CREATE TYPE "DatePrecision" AS ENUM ('year', 'month', 'day');

ALTER TABLE "postmortems"
    ADD COLUMN "origin" "PostmortemOrigin" NOT NULL DEFAULT 'own',
    ADD COLUMN "organization" TEXT,
    ADD COLUMN "occurred_on" DATE,
    ADD COLUMN "occurred_precision" "DatePrecision",
    ALTER COLUMN "severity" DROP NOT NULL,
    ADD CONSTRAINT "postmortems_occurred_check" CHECK (("occurred_on" IS NULL) = ("occurred_precision" IS NULL));
CREATE INDEX "postmortems_origin_idx" ON "postmortems"("origin");

CREATE TABLE "postmortem_sources" (
    "id" UUID NOT NULL,
    "postmortem_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    CONSTRAINT "postmortem_sources_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "postmortem_sources_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "postmortem_sources_postmortem_id_position_key" ON "postmortem_sources"("postmortem_id", "position");

ALTER TABLE "search_documents" ADD COLUMN "origin" TEXT;
