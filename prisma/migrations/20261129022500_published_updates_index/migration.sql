-- The public timeline and "latest updates" read published updates newest first.
CREATE INDEX "progress_updates_published_recent_idx" ON "progress_updates" ("published_at" DESC) WHERE "review_state" = 'PUBLISHED';
