-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('INVITATION', 'PASSWORD_RESET', 'UPDATE_PUBLISHED', 'UPDATE_RETURNED', 'REMINDER_BEFORE_DUE', 'REMINDER_DUE', 'REMINDER_OVERDUE', 'OTHER');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('SENT', 'FAILED');

-- AlterTable
ALTER TABLE "commitments" ADD COLUMN     "proposed_by_id" UUID,
-- Generated from the searchable text so it can never drift from it (Prisma sees it as Unsupported("tsvector")).
ADD COLUMN     "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("description", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("source_excerpt", '')), 'C')
) STORED;

-- CreateTable
CREATE TABLE "auth_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_log" (
    "id" UUID NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "user_id" UUID,
    "member_id" UUID,
    "cycle_id" UUID,
    "dedupe_key" TEXT,
    "status" "EmailStatus" NOT NULL,
    "message_id" TEXT,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "auth_tokens_token_hash_key" ON "auth_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "auth_tokens_user_id_purpose_idx" ON "auth_tokens"("user_id", "purpose");

-- CreateIndex
CREATE INDEX "sign_in_attempts_email_created_at_idx" ON "sign_in_attempts"("email", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_attempts_ip_created_at_idx" ON "sign_in_attempts"("ip", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "email_log_dedupe_key_key" ON "email_log"("dedupe_key");

-- CreateIndex
CREATE INDEX "email_log_member_id_created_at_idx" ON "email_log"("member_id", "created_at");

-- CreateIndex
CREATE INDEX "email_log_kind_created_at_idx" ON "email_log"("kind", "created_at");

-- CreateIndex
CREATE INDEX "commitments_search_vector_idx" ON "commitments" USING GIN ("search_vector");

-- AddForeignKey
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Constraints Prisma's schema language cannot express.
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_expiry_after_creation" CHECK ("expires_at" > "created_at");
ALTER TABLE "sign_in_attempts" ADD CONSTRAINT "sign_in_attempts_email_lowercase" CHECK ("email" = lower("email"));
