-- Secretariat-only parts of a progress update, and redaction after publication (decision 0023).
-- Private parts live in tables of their own: a public read selects from progress_updates and evidence_links, which
-- never hold them, so no public channel can return them by forgetting a filter.

-- AlterTable
ALTER TABLE "progress_updates" ADD COLUMN     "narrative_redacted_at" TIMESTAMPTZ(3),
ADD COLUMN     "narrative_redacted_by_id" UUID;

-- CreateTable
CREATE TABLE "private_evidence_links" (
    "id" UUID NOT NULL,
    "update_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "label" TEXT,

    CONSTRAINT "private_evidence_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "private_passages" (
    "update_id" UUID NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "private_passages_pkey" PRIMARY KEY ("update_id")
);

-- CreateTable
CREATE TABLE "redacted_evidence_links" (
    "id" UUID NOT NULL,
    "update_id" UUID NOT NULL,
    "redacted_at" TIMESTAMPTZ(3) NOT NULL,
    "redacted_by_id" UUID,

    CONSTRAINT "redacted_evidence_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "private_evidence_links_update_id_idx" ON "private_evidence_links"("update_id");

-- CreateIndex
CREATE INDEX "redacted_evidence_links_update_id_idx" ON "redacted_evidence_links"("update_id");

-- AddForeignKey
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_narrative_redacted_by_id_fkey" FOREIGN KEY ("narrative_redacted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "private_evidence_links" ADD CONSTRAINT "private_evidence_links_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "private_passages" ADD CONSTRAINT "private_passages_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "redacted_evidence_links" ADD CONSTRAINT "redacted_evidence_links_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "redacted_evidence_links" ADD CONSTRAINT "redacted_evidence_links_redacted_by_id_fkey" FOREIGN KEY ("redacted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Guards: a private link is http(s) like a public one, a passage says something, a redacted narrative is gone.
ALTER TABLE "private_evidence_links" ADD CONSTRAINT "private_evidence_links_http_only" CHECK ("url" ~* '^https?://');
ALTER TABLE "private_passages" ADD CONSTRAINT "private_passages_not_blank" CHECK (btrim("body") <> '');
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_redacted_narrative_is_empty" CHECK ("narrative_redacted_at" IS NULL OR "narrative" = '');
