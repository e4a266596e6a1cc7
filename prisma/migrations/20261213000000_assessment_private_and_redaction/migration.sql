-- Secretariat-only parts of an independent assessment, and redaction of a published assessment or response
-- (decisions 0022 and 0023). As for updates, private parts live in tables of their own that no public read selects.

-- AlterTable
ALTER TABLE "assessments" ADD COLUMN     "narrative_redacted_at" TIMESTAMPTZ(3),
ADD COLUMN     "narrative_redacted_by_id" UUID;

-- AlterTable
ALTER TABLE "assessment_responses" ADD COLUMN     "text_redacted_at" TIMESTAMPTZ(3),
ADD COLUMN     "text_redacted_by_id" UUID;

-- CreateTable
CREATE TABLE "assessment_private_evidence_links" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "label" TEXT,

    CONSTRAINT "assessment_private_evidence_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_private_passages" (
    "assessment_id" UUID NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "assessment_private_passages_pkey" PRIMARY KEY ("assessment_id")
);

-- CreateTable
CREATE TABLE "assessment_redacted_evidence_links" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "redacted_at" TIMESTAMPTZ(3) NOT NULL,
    "redacted_by_id" UUID,

    CONSTRAINT "assessment_redacted_evidence_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assessment_private_evidence_links_assessment_id_idx" ON "assessment_private_evidence_links"("assessment_id");

-- CreateIndex
CREATE INDEX "assessment_redacted_evidence_links_assessment_id_idx" ON "assessment_redacted_evidence_links"("assessment_id");

-- AddForeignKey
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_narrative_redacted_by_id_fkey" FOREIGN KEY ("narrative_redacted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_private_evidence_links" ADD CONSTRAINT "assessment_private_evidence_links_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_private_passages" ADD CONSTRAINT "assessment_private_passages_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_redacted_evidence_links" ADD CONSTRAINT "assessment_redacted_evidence_links_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_redacted_evidence_links" ADD CONSTRAINT "assessment_redacted_evidence_links_redacted_by_id_fkey" FOREIGN KEY ("redacted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_responses" ADD CONSTRAINT "assessment_responses_text_redacted_by_id_fkey" FOREIGN KEY ("text_redacted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Guards: a private link is http(s) like a public one, a passage says something, a redacted text is gone.
ALTER TABLE "assessment_private_evidence_links" ADD CONSTRAINT "assessment_private_evidence_links_http_only" CHECK ("url" ~* '^https?://');
ALTER TABLE "assessment_private_passages" ADD CONSTRAINT "assessment_private_passages_not_blank" CHECK (btrim("body") <> '');
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_redacted_narrative_is_empty" CHECK ("narrative_redacted_at" IS NULL OR "narrative" = '');
ALTER TABLE "assessment_responses" ADD CONSTRAINT "assessment_responses_redacted_text_is_empty" CHECK ("text_redacted_at" IS NULL OR "text" = '');
-- A response says something, unless the secretariat redacted it.
ALTER TABLE "assessment_responses" DROP CONSTRAINT "assessment_responses_text_not_blank";
ALTER TABLE "assessment_responses" ADD CONSTRAINT "assessment_responses_text_not_blank" CHECK ("text_redacted_at" IS NOT NULL OR length(btrim("text")) > 0);
