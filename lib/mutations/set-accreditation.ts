// The secretariat accredits a civil-society organisation to publish independent assessments, or withdraws the
// accreditation (docs/decisions/0022-independent-assessments.md). Withdrawn: its reviewers can no longer save or
// submit; what was published stays on the record, labelled with the organisation. Accrediting again starts afresh.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";
import { isAccredited } from "@/lib/auth/policy";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { accreditationSchema } from "@/lib/validation/assessment";
import { NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

export async function setAccreditation(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ memberId: string; accredited: boolean }>> {
  const memberId = (input as { memberId?: unknown } | null)?.memberId;
  const secretariat = await authorizeSecretariat(actor, {
    attempted: "member.accreditation",
    entityType: "member",
    entityId: typeof memberId === "string" ? memberId.slice(0, 64) : "unknown",
  });
  const parsed = accreditationSchema.safeParse(input);
  if (!parsed.success) return NOT_FOUND;
  const { decision } = parsed.data;
  const now = new Date();
  const outcome = await db.$transaction(async (tx) => {
    // Locks the row: two clicks at once accredit (or withdraw) once.
    const [member] = await tx.$queryRaw<
      { id: string; kind: string; accredited_at: Date | null; accreditation_withdrawn_at: Date | null }[]
    >`SELECT id, kind::text, accredited_at, accreditation_withdrawn_at FROM members WHERE id = ${parsed.data.memberId}::uuid FOR UPDATE`;
    if (!member) return NOT_FOUND;
    if (member.kind !== "CIVIL_SOCIETY") return WRONG_STATE;
    const before = { accreditedAt: member.accredited_at, accreditationWithdrawnAt: member.accreditation_withdrawn_at };
    const accredited = isAccredited(before);
    if ((decision === "accredit") === accredited) return WRONG_STATE;
    const after =
      decision === "accredit"
        ? { accreditedAt: now, accreditationWithdrawnAt: null }
        : { accreditedAt: before.accreditedAt, accreditationWithdrawnAt: now };
    await tx.member.update({ where: { id: member.id }, data: after });
    await writeAudit(tx, secretariat, {
      action: decision === "accredit" ? "member.accredit" : "member.withdraw_accreditation",
      entityType: "member",
      entityId: member.id,
      memberId: member.id,
      before,
      after,
    });
    return { ok: true as const, memberId: member.id, accredited: decision === "accredit" };
  });
  if (outcome.ok) revalidatePublicData();
  return outcome;
}
