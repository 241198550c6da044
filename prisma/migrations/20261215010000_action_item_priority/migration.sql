-- Action items across incidents: a priority on each action item (urgent,
-- high, medium, low; medium for every existing item), and a revision kind for
-- an action item's status changed from /action-items (a direct revision, not
-- a proposal: follow-up tracking, see lib/use-cases/change-action-item-status.ts).
-- Expand-only: a new enum, a column with a default, a new enum value.

CREATE TYPE "ActionItemPriority" AS ENUM ('urgent', 'high', 'medium', 'low');

ALTER TABLE "action_items" ADD COLUMN "priority" "ActionItemPriority" NOT NULL DEFAULT 'medium';

-- The list of /action-items filters open items by due date.
CREATE INDEX "action_items_status_due_date_idx" ON "action_items"("status", "due_date");

ALTER TYPE "RevisionKind" ADD VALUE 'action_item_status';
