-- Independent assessments by accredited civil society (docs/decisions/0022-independent-assessments.md).
ALTER TYPE "Role" ADD VALUE 'REVIEWER';
-- A reviewer belongs to one organisation. The new enum value cannot be used as such in the transaction that adds it,
-- hence the comparison as text.
ALTER TABLE "users" ADD CONSTRAINT "users_reviewer_has_member" CHECK ("role"::text <> 'REVIEWER' OR "member_id" IS NOT NULL);

ALTER TABLE "members" ADD COLUMN "accredited_at" TIMESTAMPTZ(3),
ADD COLUMN "accreditation_withdrawn_at" TIMESTAMPTZ(3);
ALTER TABLE "members" ADD CONSTRAINT "members_accreditation_civil_society"
  CHECK ("accredited_at" IS NULL OR "kind" = 'CIVIL_SOCIETY');
ALTER TABLE "members" ADD CONSTRAINT "members_accreditation_withdrawn_after"
  CHECK ("accreditation_withdrawn_at" IS NULL OR "accredited_at" IS NOT NULL);

CREATE TABLE "assessments" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "author_id" UUID,
    "status" "ImplementationStatus" NOT NULL,
    "narrative" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "period_from" DATE NOT NULL,
    "period_to" DATE NOT NULL,
    "review_state" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "review_comment" TEXT,
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "assessments_language" CHECK ("language" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh')),
    CONSTRAINT "assessments_period_ordered" CHECK ("period_to" >= "period_from"),
    CONSTRAINT "assessments_published_has_date" CHECK ("review_state" <> 'PUBLISHED' OR "published_at" IS NOT NULL),
    CONSTRAINT "assessments_version_positive" CHECK ("version" >= 1)
);

CREATE TABLE "assessment_evidence_links" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "label" TEXT,

    CONSTRAINT "assessment_evidence_links_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "assessment_evidence_links_http_only" CHECK ("url" ~* '^https?://')
);

CREATE TABLE "assessment_responses" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "author_id" UUID,
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "assessment_responses_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "assessment_responses_language" CHECK ("language" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh')),
    CONSTRAINT "assessment_responses_text_not_blank" CHECK (length(btrim("text")) > 0)
);

CREATE INDEX "assessments_commitment_id_review_state_published_at_idx" ON "assessments"("commitment_id", "review_state", "published_at");
CREATE INDEX "assessments_review_state_idx" ON "assessments"("review_state");
CREATE INDEX "assessments_organisation_id_idx" ON "assessments"("organisation_id");
CREATE INDEX "assessment_evidence_links_assessment_id_idx" ON "assessment_evidence_links"("assessment_id");
CREATE INDEX "assessment_responses_assessment_id_idx" ON "assessment_responses"("assessment_id");

ALTER TABLE "assessments" ADD CONSTRAINT "assessments_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "assessment_evidence_links" ADD CONSTRAINT "assessment_evidence_links_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assessment_responses" ADD CONSTRAINT "assessment_responses_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assessment_responses" ADD CONSTRAINT "assessment_responses_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "assessment_responses" ADD CONSTRAINT "assessment_responses_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
