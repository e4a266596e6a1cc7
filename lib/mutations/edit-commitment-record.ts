// The secretariat sets a commitment's place in the record (decision 0012): kind, addressees, editorial note,
// co-members, the recommendation a pledge takes up. Validated, version-checked, written with its audit row in one
// transaction; the database's own guards (migration 20261205000000_record_model) hold behind these checks.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { commitmentRecordSchema } from "@/lib/validation/commitment-record";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/validation/field-errors";
import { commitmentEntityId } from "./load-commitment-for-decision";
import { CONFLICT, invalid, NOT_FOUND, type MutationResult } from "./mutation-result";

const ACTION = "commitment.edit_record";

export async function editCommitmentRecord(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ slug: string }>> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "commitment",
    entityId: commitmentEntityId(input),
  });
  const parsed = commitmentRecordSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.some((issue) => issue.path[0] === "commitmentId" || issue.path[0] === "version")
      ? NOT_FOUND
      : invalid(fieldErrorsFrom(parsed.error));
  }
  const { commitmentId, version, kind, addressedTo, coMemberIds, adoptedFromId } = parsed.data;
  const addresseeDetail = parsed.data.addresseeDetail ?? null;
  const editorialNote = parsed.data.editorialNote ?? null;
  const commitment = await db.commitment.findUnique({
    where: { id: commitmentId },
    select: {
      slug: true,
      version: true,
      memberId: true,
      kind: true,
      addressedTo: true,
      addresseeDetail: true,
      editorialNote: true,
      adoptedFromId: true,
      members: { where: { role: "CO_MEMBER" }, select: { memberId: true } },
      _count: { select: { updates: true, adoptions: true } },
    },
  });
  if (!commitment) return NOT_FOUND;
  if (commitment.version !== version) return CONFLICT;

  const errors: FieldErrors = {};
  if (kind !== "PLEDGE" && commitment._count.updates > 0) errors.kind = ["commitmentKind.hasUpdates"];
  if (kind !== "RECOMMENDATION" && commitment._count.adoptions > 0) errors.kind = ["commitmentKind.adopted"];
  const coMembers = [...new Set(coMemberIds)];
  if (coMembers.includes(commitment.memberId)) errors.coMemberIds = ["coMemberIds.lead"];
  else if ((await db.member.count({ where: { id: { in: coMembers } } })) !== coMembers.length) {
    errors.coMemberIds = ["coMemberIds.invalid"];
  }
  if (adoptedFromId) {
    const adopted = await db.commitment.findFirst({
      where: { id: adoptedFromId, kind: "RECOMMENDATION", approval: "APPROVED" },
      select: { id: true },
    });
    if (!adopted || adoptedFromId === commitmentId) errors.adoptedFromId = ["adoptedFromId.notARecommendation"];
  }
  if (Object.keys(errors).length > 0) return invalid(errors);

  const before = {
    kind: commitment.kind,
    addressedTo: commitment.addressedTo,
    addresseeDetail: commitment.addresseeDetail,
    editorialNote: commitment.editorialNote,
    coMemberIds: commitment.members.map((member) => member.memberId).sort(),
    adoptedFromId: commitment.adoptedFromId,
    version,
  };
  const after = {
    kind,
    addressedTo,
    addresseeDetail,
    editorialNote,
    coMemberIds: [...coMembers].sort(),
    adoptedFromId: adoptedFromId ?? null,
    version: version + 1,
  };
  const written = await db.$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({
      where: { id: commitmentId, version },
      data: {
        kind,
        addressedTo,
        addresseeDetail,
        editorialNote,
        adoptedFromId: adoptedFromId ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) return false;
    await tx.commitmentMember.deleteMany({
      where: { commitmentId, role: "CO_MEMBER", memberId: { notIn: coMembers } },
    });
    await tx.commitmentMember.createMany({
      data: coMembers.map((memberId) => ({ commitmentId, memberId, role: "CO_MEMBER" as const })),
      skipDuplicates: true,
    });
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "commitment",
      entityId: commitmentId,
      memberId: commitment.memberId,
      before,
      after,
    });
    return true;
  });
  if (!written) return CONFLICT;
  revalidatePublicData();
  return { ok: true, slug: commitment.slug };
}
