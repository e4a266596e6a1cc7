-- The dashboard's cold render (docs/decisions/0007-performance-targets.md). Status over time reads every published
-- update of each commitment in date order (a window per commitment), and the headline figures count those of the last
-- twelve months: this index gives both in that order, with the two columns they read, so PostgreSQL neither sorts
-- 180,000 updates nor visits the table. Partial indexes cannot be expressed in the Prisma schema language.
CREATE INDEX "progress_updates_published_timeline_idx" ON "progress_updates" ("commitment_id", "published_at") INCLUDE ("status", "is_demo") WHERE "review_state" = 'PUBLISHED';
