-- Content in six languages (docs/decisions/0020-content-translations.md): each record says which language its text is
-- written in, one translations table per record kind holds the other languages, and search stems each text in its
-- own language. Chinese has no stemmer: its search goes by substring, served by trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The language of a text to its text-search configuration, 'simple' (no stemming) for Chinese.
CREATE FUNCTION "text_search_config"(locale TEXT) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE locale
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'fr' THEN 'french'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig
    WHEN 'ru' THEN 'russian'::regconfig
    WHEN 'ar' THEN 'arabic'::regconfig
    ELSE 'simple'::regconfig
  END;

-- AlterTable
ALTER TABLE "members" ADD COLUMN "source_locale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "members" ADD CONSTRAINT "members_source_locale" CHECK ("source_locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh'));
ALTER TABLE "themes" ADD COLUMN "source_locale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "themes" ADD CONSTRAINT "themes_source_locale" CHECK ("source_locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh'));
ALTER TABLE "meetings" ADD COLUMN "source_locale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_source_locale" CHECK ("source_locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh'));
ALTER TABLE "commitments" ADD COLUMN "source_locale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_source_locale" CHECK ("source_locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh'));
ALTER TABLE "progress_updates" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_language" CHECK ("language" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh'));

-- The commitment's own search vector, now stemmed in its source language (the excerpt is the document's English).
DROP INDEX "commitments_search_vector_idx";
ALTER TABLE "commitments" DROP COLUMN "search_vector";
ALTER TABLE "commitments" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(text_search_config("source_locale"), coalesce("title", '')), 'A') ||
  setweight(to_tsvector(text_search_config("source_locale"), coalesce("description", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("source_excerpt", '')), 'C')
) STORED;
CREATE INDEX "commitments_search_vector_idx" ON "commitments" USING GIN ("search_vector");
CREATE INDEX "commitments_search_text_trgm_idx" ON "commitments" USING GIN (("title" || ' ' || "description") gin_trgm_ops);

-- CreateTable
CREATE TABLE "member_translations" (
    "member_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,

    CONSTRAINT "member_translations_pkey" PRIMARY KEY ("member_id","locale"),
    CONSTRAINT "member_translations_locale" CHECK ("locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh')),
    CONSTRAINT "member_translations_name_not_blank" CHECK (length(btrim("name")) > 0)
);

-- CreateTable
CREATE TABLE "theme_translations" (
    "theme_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,

    CONSTRAINT "theme_translations_pkey" PRIMARY KEY ("theme_id","locale"),
    CONSTRAINT "theme_translations_locale" CHECK ("locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh')),
    CONSTRAINT "theme_translations_name_not_blank" CHECK (length(btrim("name")) > 0)
);

-- CreateTable
CREATE TABLE "meeting_translations" (
    "meeting_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,

    CONSTRAINT "meeting_translations_pkey" PRIMARY KEY ("meeting_id","locale"),
    CONSTRAINT "meeting_translations_locale" CHECK ("locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh')),
    CONSTRAINT "meeting_translations_title_not_blank" CHECK (length(btrim("title")) > 0)
);

-- CreateTable
CREATE TABLE "commitment_translations" (
    "commitment_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,
    "search_vector" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector(text_search_config("locale"), "title"), 'A') ||
      setweight(to_tsvector(text_search_config("locale"), "description"), 'B')
    ) STORED,

    CONSTRAINT "commitment_translations_pkey" PRIMARY KEY ("commitment_id","locale"),
    CONSTRAINT "commitment_translations_locale" CHECK ("locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh')),
    CONSTRAINT "commitment_translations_title_not_blank" CHECK (length(btrim("title")) > 0)
);

-- CreateIndex
CREATE INDEX "commitment_translations_search_vector_idx" ON "commitment_translations" USING GIN ("search_vector");
CREATE INDEX "commitment_translations_search_text_trgm_idx" ON "commitment_translations" USING GIN (("title" || ' ' || "description") gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "member_translations" ADD CONSTRAINT "member_translations_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "theme_translations" ADD CONSTRAINT "theme_translations_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meeting_translations" ADD CONSTRAINT "meeting_translations_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "commitment_translations" ADD CONSTRAINT "commitment_translations_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
