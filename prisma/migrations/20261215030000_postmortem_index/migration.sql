-- The postmortem index (/postmortems): server-side sorts and filters at 10,000
-- postmortems. Expand-only: two generated columns and indexes.
--
-- Time to mitigate and time to resolve, in seconds from started_at, generated
-- by the database (never written by the application) so that a sort by them
-- can walk an index. NULL when either time is unknown.
ALTER TABLE "postmortems"
    ADD COLUMN "time_to_mitigate_seconds" INTEGER
        GENERATED ALWAYS AS ((EXTRACT(EPOCH FROM ("mitigated_at" - "started_at")))::INTEGER) STORED,
    ADD COLUMN "time_to_resolve_seconds" INTEGER
        GENERATED ALWAYS AS ((EXTRACT(EPOCH FROM ("resolved_at" - "started_at")))::INTEGER) STORED;

-- One index per sort in its default direction, unknown values last, the id as
-- the tie-break that keeps pages stable. schema.prisma's @@index cannot say
-- NULLS LAST: the date index is written here as the query orders.
CREATE INDEX "postmortems_occurred_on_started_at_id_idx"
    ON "postmortems"("occurred_on" DESC NULLS LAST, "started_at" DESC NULLS LAST, "id");
CREATE INDEX "postmortems_severity_id_idx" ON "postmortems"("severity", "id");
CREATE INDEX "postmortems_time_to_mitigate_seconds_id_idx" ON "postmortems"("time_to_mitigate_seconds", "id");
CREATE INDEX "postmortems_time_to_resolve_seconds_id_idx" ON "postmortems"("time_to_resolve_seconds", "id");

-- The other filters have their indexes already: status, cloud_provider,
-- platform, components (GIN, the initial migration), postmortem_patterns and
-- postmortem_tags by pattern and tag.
