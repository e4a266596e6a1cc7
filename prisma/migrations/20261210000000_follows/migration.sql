-- Following a commitment, a member or a theme by email, without an account (docs/decisions/0024-follow-by-email.md).
ALTER TYPE "EmailKind" ADD VALUE 'FOLLOW_CONFIRMATION' BEFORE 'OTHER';
ALTER TYPE "EmailKind" ADD VALUE 'FOLLOW_DIGEST' BEFORE 'OTHER';

CREATE TYPE "FollowTarget" AS ENUM ('COMMITMENT', 'MEMBER', 'THEME');

CREATE TYPE "FollowFrequency" AS ENUM ('IMMEDIATE', 'WEEKLY');

CREATE TYPE "FollowState" AS ENUM ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED');

CREATE TABLE "follows" (
    "id" UUID NOT NULL,
    "email" TEXT,
    "email_hash" TEXT NOT NULL,
    "target" "FollowTarget" NOT NULL,
    "target_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "frequency" "FollowFrequency" NOT NULL,
    "state" "FollowState" NOT NULL DEFAULT 'PENDING',
    "confirm_token_hash" TEXT,
    "confirm_expires_at" TIMESTAMPTZ(3),
    "delivered_through" TIMESTAMPTZ(3),
    "confirmed_at" TIMESTAMPTZ(3),
    "unsubscribed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follows_pkey" PRIMARY KEY ("id"),
    -- An unsubscribed follow keeps no address, a live one always has one.
    CONSTRAINT "follows_email_while_live" CHECK (("state" = 'UNSUBSCRIBED') = ("email" IS NULL)),
    CONSTRAINT "follows_locale_known" CHECK ("locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh'))
);

CREATE TABLE "follow_digests" (
    "id" UUID NOT NULL,
    "follow_id" UUID NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "window_end" TIMESTAMPTZ(3) NOT NULL,
    "event_count" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_digests_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "follow_requests" (
    "id" BIGSERIAL NOT NULL,
    "email_hash" TEXT NOT NULL,
    "ip_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_requests_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "follows_confirm_token_hash_key" ON "follows"("confirm_token_hash");

CREATE INDEX "follows_target_target_id_state_idx" ON "follows"("target", "target_id", "state");

CREATE INDEX "follows_state_idx" ON "follows"("state");

CREATE UNIQUE INDEX "follows_email_hash_target_target_id_key" ON "follows"("email_hash", "target", "target_id");

CREATE UNIQUE INDEX "follow_digests_follow_id_window_end_key" ON "follow_digests"("follow_id", "window_end");

CREATE INDEX "follow_requests_email_hash_created_at_idx" ON "follow_requests"("email_hash", "created_at");

CREATE INDEX "follow_requests_ip_hash_created_at_idx" ON "follow_requests"("ip_hash", "created_at");

ALTER TABLE "follow_digests" ADD CONSTRAINT "follow_digests_follow_id_fkey" FOREIGN KEY ("follow_id") REFERENCES "follows"("id") ON DELETE CASCADE ON UPDATE CASCADE;
