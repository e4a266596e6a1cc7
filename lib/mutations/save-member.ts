// The secretariat creates a member or edits one. Edits are checked against the member's updatedAt as the form
// showed it, so two people editing the same member cannot silently overwrite each other.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { isUuid } from "@/lib/validation/uuid";
import { memberSchema } from "@/lib/validation/member";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { CONFLICT, invalid, NOT_FOUND, type MutationResult } from "./mutation-result";
import { isUniqueViolation } from "./unique-violation";

export type SaveMemberInput = Record<string, unknown> & { id?: string; updatedAt?: string };

const MEMBER = {
  id: true,
  slug: true,
  name: true,
  shortName: true,
  kind: true,
  isoCode: true,
  regionalGroup: true,
  updatedAt: true,
} as const;

export async function saveMember(
  actor: SessionUser | null,
  { id, updatedAt, ...fields }: SaveMemberInput,
): Promise<MutationResult<{ memberId: string; created: boolean }>> {
  const action = id ? "member.update" : "member.create";
  const secretariat = await authorizeSecretariat(actor, {
    attempted: action,
    entityType: "member",
    entityId: id || "new",
  });
  const parsed = memberSchema.safeParse(fields);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
  const member = {
    ...parsed.data,
    shortName: parsed.data.shortName ?? null,
    isoCode: parsed.data.isoCode ?? null,
    regionalGroup: parsed.data.regionalGroup ?? null,
  };

  if (id && !isUuid(id)) return NOT_FOUND;
  const existing = id ? await db.member.findUnique({ where: { id }, select: MEMBER }) : null;
  if (id && !existing) return NOT_FOUND;
  if (existing && existing.updatedAt.toISOString() !== updatedAt) return CONFLICT;
  const sameSlug = await db.member.findUnique({ where: { slug: member.slug }, select: { id: true } });
  if (sameSlug && sameSlug.id !== id) return invalid({ slug: ["slug.taken"] });

  try {
    const saved = await db.$transaction(async (tx) => {
      let memberId: string;
      if (existing) {
        const { count } = await tx.member.updateMany({
          where: { id: existing.id, updatedAt: existing.updatedAt },
          data: member,
        });
        if (count === 0) return null;
        memberId = existing.id;
      } else {
        memberId = (await tx.member.create({ data: member, select: { id: true } })).id;
      }
      const { updatedAt: _before, ...before } = existing ?? {};
      await writeAudit(tx, secretariat, {
        action,
        entityType: "member",
        entityId: memberId,
        memberId,
        before: existing ? before : null,
        after: { id: memberId, ...member },
      });
      return memberId;
    });
    if (!saved) return CONFLICT;
    revalidatePublicData();
    return { ok: true, memberId: saved, created: !existing };
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: ["slug.taken"] });
    throw error;
  }
}
