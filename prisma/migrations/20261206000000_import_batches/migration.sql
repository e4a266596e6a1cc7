-- The secretariat's imports: an uploaded file, parsed and checked, waits here for its confirmation.
CREATE TYPE "ImportKind" AS ENUM ('COMMITMENTS', 'PROGRESS_REPORTS');

CREATE TYPE "ImportState" AS ENUM ('PREVIEWED', 'APPLYING', 'APPLIED');

CREATE TABLE "import_batches" (
    "id" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "user_id" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "state" "ImportState" NOT NULL DEFAULT 'PREVIEWED',
    "rows" JSONB NOT NULL,
    "plan" JSONB NOT NULL,
    "plan_hash" TEXT NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applied_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "import_batches_user_id_created_at_idx" ON "import_batches"("user_id", "created_at");

ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
