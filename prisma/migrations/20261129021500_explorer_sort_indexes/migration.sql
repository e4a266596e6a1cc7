-- Sorted, paginated explorer reads over approved commitments (fast at 50,000 rows). Partial indexes can not be
-- expressed in the Prisma schema language, and schema-to-schema diffs (docs/decisions/0001) leave them alone.
CREATE INDEX "commitments_approved_title_idx" ON "commitments" ("title", "id") WHERE "approval" = 'APPROVED';
CREATE INDEX "commitments_approved_updated_idx" ON "commitments" ("last_published_at" DESC NULLS LAST, "title", "id") WHERE "approval" = 'APPROVED';
CREATE INDEX "commitments_approved_status_idx" ON "commitments" ("current_status" NULLS FIRST, "title", "id") WHERE "approval" = 'APPROVED';
CREATE INDEX "commitments_approved_member_title_idx" ON "commitments" ("member_id", "title", "id") WHERE "approval" = 'APPROVED';
CREATE INDEX "members_name_idx" ON "members" ("name", "id");
