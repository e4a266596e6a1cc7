-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('MEMBER_STATE', 'REGIONAL_ORGANISATION', 'UN_ENTITY', 'CIVIL_SOCIETY');

-- CreateEnum
CREATE TYPE "RegionalGroup" AS ENUM ('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WESTERN_EUROPEAN_OTHERS');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SECRETARIAT', 'FOCAL_POINT');

-- CreateEnum
CREATE TYPE "Pillar" AS ENUM ('PARTICIPATION', 'PROTECTION', 'PREVENTION', 'RELIEF_RECOVERY');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('CAPITAL_LEVEL', 'DEBRIEF', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganiserRole" AS ENUM ('CHAIR', 'CO_ORGANISER');

-- CreateEnum
CREATE TYPE "ImplementationStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SUBSTANTIALLY_COMPLETE', 'COMPLETED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED');

-- CreateEnum
CREATE TYPE "Verification" AS ENUM ('SELF_REPORTED', 'REVIEWED', 'EVIDENCE_VERIFIED');

-- CreateEnum
CREATE TYPE "ApprovalState" AS ENUM ('PROPOSED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "BarrierKind" AS ENUM ('FUNDING', 'CAPACITY', 'POLITICAL', 'SECURITY', 'LEGAL', 'OTHER');

-- CreateEnum
CREATE TYPE "CycleState" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "members" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "kind" "MemberKind" NOT NULL,
    "iso_code" CHAR(3),
    "regional_group" "RegionalGroup",
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "role" "Role" NOT NULL,
    "member_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "themes" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "themes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meetings" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "theme" TEXT,
    "source_title" TEXT,
    "parent_meeting_id" UUID,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_organisers" (
    "meeting_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "role" "OrganiserRole" NOT NULL,

    CONSTRAINT "meeting_organisers_pkey" PRIMARY KEY ("meeting_id","member_id")
);

-- CreateTable
CREATE TABLE "commitments" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "member_id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "source_excerpt" TEXT,
    "pillars" "Pillar"[],
    "target_date" DATE,
    "indicator_name" TEXT,
    "indicator_baseline" DECIMAL(14,2),
    "indicator_target" DECIMAL(14,2),
    "indicator_unit" TEXT,
    "approval" "ApprovalState" NOT NULL DEFAULT 'APPROVED',
    "approval_comment" TEXT,
    "discontinued_reason" TEXT,
    "current_status" "ImplementationStatus",
    "current_percent" INTEGER,
    "last_published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "commitments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_themes" (
    "commitment_id" UUID NOT NULL,
    "theme_id" UUID NOT NULL,

    CONSTRAINT "commitment_themes_pkey" PRIMARY KEY ("commitment_id","theme_id")
);

-- CreateTable
CREATE TABLE "milestones" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" DATE,
    "reached_on" DATE,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_cycles" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "state" "CycleState" NOT NULL DEFAULT 'PLANNED',
    "closed_at" TIMESTAMPTZ(3),
    "snapshot" JSONB,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_cycles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "progress_updates" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "author_id" UUID,
    "cycle_id" UUID,
    "status" "ImplementationStatus" NOT NULL,
    "percent_complete" INTEGER,
    "narrative" TEXT NOT NULL,
    "review_state" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "review_comment" TEXT,
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "verification" "Verification" NOT NULL DEFAULT 'SELF_REPORTED',
    "submitted_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "progress_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_links" (
    "id" UUID NOT NULL,
    "update_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "label" TEXT,

    CONSTRAINT "evidence_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "update_barriers" (
    "id" UUID NOT NULL,
    "update_id" UUID NOT NULL,
    "kind" "BarrierKind" NOT NULL,
    "detail" TEXT,

    CONSTRAINT "update_barriers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "update_milestones" (
    "update_id" UUID NOT NULL,
    "milestone_id" UUID NOT NULL,

    CONSTRAINT "update_milestones_pkey" PRIMARY KEY ("update_id","milestone_id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" UUID,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "member_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "members_slug_key" ON "members"("slug");

-- CreateIndex
CREATE INDEX "members_kind_idx" ON "members"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_member_id_idx" ON "users"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "themes_slug_key" ON "themes"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "meetings_slug_key" ON "meetings"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "commitments_slug_key" ON "commitments"("slug");

-- CreateIndex
CREATE INDEX "commitments_member_id_idx" ON "commitments"("member_id");

-- CreateIndex
CREATE INDEX "commitments_meeting_id_idx" ON "commitments"("meeting_id");

-- CreateIndex
CREATE INDEX "commitments_current_status_idx" ON "commitments"("current_status");

-- CreateIndex
CREATE INDEX "commitment_themes_theme_id_idx" ON "commitment_themes"("theme_id");

-- CreateIndex
CREATE INDEX "milestones_commitment_id_idx" ON "milestones"("commitment_id");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_cycles_slug_key" ON "reporting_cycles"("slug");

-- CreateIndex
CREATE INDEX "progress_updates_commitment_id_review_state_published_at_idx" ON "progress_updates"("commitment_id", "review_state", "published_at");

-- CreateIndex
CREATE INDEX "progress_updates_review_state_idx" ON "progress_updates"("review_state");

-- CreateIndex
CREATE INDEX "progress_updates_published_at_idx" ON "progress_updates"("published_at");

-- CreateIndex
CREATE INDEX "evidence_links_update_id_idx" ON "evidence_links"("update_id");

-- CreateIndex
CREATE INDEX "update_barriers_update_id_idx" ON "update_barriers"("update_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_idx" ON "audit_log"("actor_id");

-- CreateIndex
CREATE INDEX "audit_log_member_id_idx" ON "audit_log"("member_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_parent_meeting_id_fkey" FOREIGN KEY ("parent_meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_organisers" ADD CONSTRAINT "meeting_organisers_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_organisers" ADD CONSTRAINT "meeting_organisers_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_themes" ADD CONSTRAINT "commitment_themes_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_themes" ADD CONSTRAINT "commitment_themes_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "reporting_cycles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "update_barriers" ADD CONSTRAINT "update_barriers_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "update_milestones" ADD CONSTRAINT "update_milestones_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "update_milestones" ADD CONSTRAINT "update_milestones_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Constraints Prisma's schema language cannot express.
ALTER TABLE "members" ADD CONSTRAINT "members_iso_code_format" CHECK ("iso_code" IS NULL OR "iso_code" ~ '^[A-Z]{3}$');
ALTER TABLE "members" ADD CONSTRAINT "members_state_has_iso_and_group"
  CHECK ("kind" <> 'MEMBER_STATE' OR ("iso_code" IS NOT NULL AND "regional_group" IS NOT NULL));
ALTER TABLE "members" ADD CONSTRAINT "members_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email") AND position('@' in "email") > 1);
ALTER TABLE "users" ADD CONSTRAINT "users_focal_point_has_member" CHECK ("role" <> 'FOCAL_POINT' OR "member_id" IS NOT NULL);
ALTER TABLE "users" ADD CONSTRAINT "users_secretariat_has_no_member" CHECK ("role" <> 'SECRETARIAT' OR "member_id" IS NULL);
ALTER TABLE "themes" ADD CONSTRAINT "themes_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_dates_ordered" CHECK ("end_date" >= "start_date");
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_title_not_blank" CHECK (length(btrim("title")) > 0);
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_current_percent_range" CHECK ("current_percent" BETWEEN 0 AND 100);
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_version_positive" CHECK ("version" >= 1);
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_discontinued_has_reason"
  CHECK ("current_status" IS DISTINCT FROM 'DISCONTINUED' OR "discontinued_reason" IS NOT NULL OR "last_published_at" IS NOT NULL);
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_dates_ordered" CHECK ("ends_on" > "starts_on" AND "due_on" >= "starts_on");
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_percent_range" CHECK ("percent_complete" BETWEEN 0 AND 100);
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_published_has_date"
  CHECK ("review_state" <> 'PUBLISHED' OR "published_at" IS NOT NULL);
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_version_positive" CHECK ("version" >= 1);
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_http_only" CHECK ("url" ~* '^https?://');
