-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('PLEDGE', 'RECOMMENDATION', 'PRACTICE');

-- CreateEnum
CREATE TYPE "Addressee" AS ENUM ('NETWORK', 'NETWORK_MEMBERS', 'SECURITY_COUNCIL', 'SECURITY_COUNCIL_MEMBERS', 'UN_ENTITIES', 'ALL_MEMBER_STATES', 'OTHER');

-- CreateEnum
CREATE TYPE "CommitmentMemberRole" AS ENUM ('LEAD', 'CO_MEMBER');

-- AlterTable
ALTER TABLE "commitments" ADD COLUMN     "addressed_to" "Addressee"[],
ADD COLUMN     "addressee_detail" TEXT,
ADD COLUMN     "adopted_from_id" UUID,
ADD COLUMN     "editorial_note" TEXT,
ADD COLUMN     "kind" "CommitmentKind" NOT NULL DEFAULT 'PLEDGE';

-- AlterTable
ALTER TABLE "progress_updates" ADD COLUMN     "entered_by_secretariat" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "commitment_members" (
    "commitment_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "role" "CommitmentMemberRole" NOT NULL,

    CONSTRAINT "commitment_members_pkey" PRIMARY KEY ("commitment_id","member_id")
);

-- CreateIndex
CREATE INDEX "commitment_members_member_id_idx" ON "commitment_members"("member_id");

-- CreateIndex
CREATE INDEX "commitments_kind_idx" ON "commitments"("kind");

-- CreateIndex
CREATE INDEX "commitments_adopted_from_id_idx" ON "commitments"("adopted_from_id");

-- AddForeignKey
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_adopted_from_id_fkey" FOREIGN KEY ("adopted_from_id") REFERENCES "commitments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_members" ADD CONSTRAINT "commitment_members_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_members" ADD CONSTRAINT "commitment_members_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Existing data: every commitment becomes a pledge (the column default) with its member as lead.
INSERT INTO "commitment_members" ("commitment_id", "member_id", "role") SELECT "id", "member_id", 'LEAD' FROM "commitments";

-- Guards of the record model (docs/decisions/0012-record-model.md). Keep comments free of semicolons and apostrophes.
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_recommendation_has_addressee"
  CHECK ("kind" <> 'RECOMMENDATION' OR coalesce(cardinality("addressed_to"), 0) > 0);
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_other_addressee_has_detail"
  CHECK (NOT ('OTHER' = ANY (coalesce("addressed_to", '{}'))) OR length(btrim(coalesce("addressee_detail", ''))) > 0);
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_only_pledges_adopt"
  CHECK ("adopted_from_id" IS NULL OR ("kind" = 'PLEDGE' AND "adopted_from_id" <> "id"));
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_only_pledges_have_status"
  CHECK ("kind" = 'PLEDGE' OR ("current_status" IS NULL AND "last_published_at" IS NULL));
CREATE UNIQUE INDEX "commitment_members_one_lead_idx" ON "commitment_members" ("commitment_id") WHERE "role" = 'LEAD';

-- Trigger bodies are E-strings with \073 for each semicolon: the schema engine splits a migration on every
-- semicolon, dollar quotes included (docs/decisions/0001). Read them with: SELECT prosrc FROM pg_proc WHERE proname = name.
-- commitments_sync_lead: the LEAD row follows commitments.member_id, so every path that creates or reassigns a
-- commitment keeps it. commitment_members_guard_lead: no other LEAD, and the lead row is never removed by hand.
-- commitments_guard_kind: only a recommendation is adopted, a kind with updates stays a pledge, an adopted
-- recommendation stays one. progress_updates_only_on_pledges: status is reported on pledges only.
CREATE FUNCTION "commitments_sync_lead"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP = ''UPDATE'' THEN
    DELETE FROM commitment_members
      WHERE commitment_id = NEW.id AND role = ''LEAD'' AND member_id <> NEW.member_id\073
  END IF\073
  INSERT INTO commitment_members (commitment_id, member_id, role) VALUES (NEW.id, NEW.member_id, ''LEAD'')
    ON CONFLICT (commitment_id, member_id) DO UPDATE SET role = ''LEAD''\073
  RETURN NULL\073
END';
CREATE TRIGGER "commitments_sync_lead" AFTER INSERT OR UPDATE OF "member_id" ON "commitments"
  FOR EACH ROW EXECUTE FUNCTION "commitments_sync_lead"();
CREATE FUNCTION "commitment_members_guard_lead"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP <> ''DELETE'' AND NEW.role = ''LEAD''
     AND NOT EXISTS (SELECT 1 FROM commitments WHERE id = NEW.commitment_id AND member_id = NEW.member_id) THEN
    RAISE EXCEPTION ''The lead of a commitment is its member (commitments.member_id).'' USING ERRCODE = ''check_violation''\073
  END IF\073
  IF TG_OP <> ''INSERT'' AND OLD.role = ''LEAD''
     AND (TG_OP = ''DELETE'' OR NEW.role <> ''LEAD'' OR NEW.member_id <> OLD.member_id OR NEW.commitment_id <> OLD.commitment_id)
     AND EXISTS (SELECT 1 FROM commitments WHERE id = OLD.commitment_id AND member_id = OLD.member_id) THEN
    RAISE EXCEPTION ''A commitment keeps its lead: change commitments.member_id instead.'' USING ERRCODE = ''check_violation''\073
  END IF\073
  IF TG_OP = ''DELETE'' THEN
    RETURN OLD\073
  END IF\073
  RETURN NEW\073
END';
CREATE TRIGGER "commitment_members_guard_lead" BEFORE INSERT OR UPDATE OR DELETE ON "commitment_members"
  FOR EACH ROW EXECUTE FUNCTION "commitment_members_guard_lead"();
CREATE FUNCTION "commitments_guard_kind"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF NEW.adopted_from_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM commitments WHERE id = NEW.adopted_from_id AND kind = ''RECOMMENDATION'') THEN
    RAISE EXCEPTION ''A pledge can only adopt a recommendation.'' USING ERRCODE = ''check_violation''\073
  END IF\073
  IF TG_OP = ''UPDATE'' AND NEW.kind <> OLD.kind THEN
    IF NEW.kind <> ''PLEDGE'' AND EXISTS (SELECT 1 FROM progress_updates WHERE commitment_id = NEW.id) THEN
      RAISE EXCEPTION ''Only a pledge has progress updates: this commitment has some.'' USING ERRCODE = ''check_violation''\073
    END IF\073
    IF OLD.kind = ''RECOMMENDATION'' AND EXISTS (SELECT 1 FROM commitments WHERE adopted_from_id = NEW.id) THEN
      RAISE EXCEPTION ''Pledges adopt this recommendation: it stays a recommendation.'' USING ERRCODE = ''check_violation''\073
    END IF\073
  END IF\073
  RETURN NEW\073
END';
CREATE TRIGGER "commitments_guard_kind" BEFORE INSERT OR UPDATE OF "kind", "adopted_from_id" ON "commitments"
  FOR EACH ROW EXECUTE FUNCTION "commitments_guard_kind"();
CREATE FUNCTION "progress_updates_only_on_pledges"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM commitments WHERE id = NEW.commitment_id AND kind = ''PLEDGE'') THEN
    RAISE EXCEPTION ''Progress updates are reported on pledges only.'' USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END';
CREATE TRIGGER "progress_updates_only_on_pledges" BEFORE INSERT OR UPDATE OF "commitment_id" ON "progress_updates"
  FOR EACH ROW EXECUTE FUNCTION "progress_updates_only_on_pledges"();
