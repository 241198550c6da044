-- Review for published postmortems: an author's change to a published
-- postmortem is kept here as a proposal (a full snapshot, like a revision's)
-- until a reviewer approves it (written as a new version, revision kind
-- 'approval') or rejects it. Expand-only: a new enum value, a new table.

ALTER TYPE "RevisionKind" ADD VALUE 'approval';

CREATE TYPE "ProposalStatus" AS ENUM ('pending', 'approved', 'rejected');

CREATE TABLE "postmortem_proposals" (
    "id" UUID NOT NULL,
    "postmortem_id" UUID NOT NULL,
    "base_version" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "status" "ProposalStatus" NOT NULL DEFAULT 'pending',
    "snapshot" JSONB NOT NULL,
    "author_id" TEXT,
    "reviewer_id" TEXT,
    "review_comment" TEXT,
    "applied_version" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    CONSTRAINT "postmortem_proposals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "postmortem_proposals_base_version_positive" CHECK ("base_version" > 0),
    CONSTRAINT "postmortem_proposals_decided" CHECK (("status" = 'pending') = ("decided_at" IS NULL)),
    CONSTRAINT "postmortem_proposals_applied" CHECK (("status" = 'approved') = ("applied_version" IS NOT NULL))
);
CREATE INDEX "postmortem_proposals_postmortem_id_status_idx" ON "postmortem_proposals"("postmortem_id", "status");
CREATE INDEX "postmortem_proposals_author_id_idx" ON "postmortem_proposals"("author_id");
CREATE INDEX "postmortem_proposals_reviewer_id_idx" ON "postmortem_proposals"("reviewer_id");
-- One open proposal per author and postmortem: a second save updates it.
CREATE UNIQUE INDEX "postmortem_proposals_one_pending_per_author" ON "postmortem_proposals"("postmortem_id", "author_id") WHERE "status" = 'pending';

ALTER TABLE "postmortem_proposals" ADD CONSTRAINT "postmortem_proposals_postmortem_id_fkey" FOREIGN KEY ("postmortem_id") REFERENCES "postmortems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "postmortem_proposals" ADD CONSTRAINT "postmortem_proposals_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "postmortem_proposals" ADD CONSTRAINT "postmortem_proposals_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
