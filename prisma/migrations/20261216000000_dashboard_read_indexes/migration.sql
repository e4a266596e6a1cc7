-- The dashboard's cold render (docs/decisions/0007-performance-targets.md). Partial indexes cannot be expressed in the
-- Prisma schema language, and schema-to-schema diffs (docs/decisions/0001) leave them alone.

-- Every chart counts the approved commitments by kind and status: this index holds the columns those counts read, so
-- they scan it (about 750 pages at 50,000 commitments) instead of the table, whose rows carry the texts and the search
-- vector and are rewritten by the triggers that keep derived facts on them (about 13,600 pages after the scale seed).
CREATE INDEX "commitments_approved_dashboard_idx" ON "commitments" ("kind", "current_status") INCLUDE ("id", "member_id", "meeting_id", "last_published_at", "is_demo", "latest_update_is_demo", "pillars") WHERE "approval" = 'APPROVED';

-- Status over time reads every published update of each commitment in date order (a window per commitment), and the
-- headline figures count those of the last twelve months: this index gives both in that order, with the two columns
-- they read, so PostgreSQL neither sorts 180,000 updates nor visits the table.
CREATE INDEX "progress_updates_published_timeline_idx" ON "progress_updates" ("commitment_id", "published_at") INCLUDE ("status", "is_demo") WHERE "review_state" = 'PUBLISHED';
