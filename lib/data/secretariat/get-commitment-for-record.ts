import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

/** A commitment's place in the record, with the choices of its form: other members, and recommendations to take up. */
export async function getCommitmentForRecord(user: SessionUser | null, id: string) {
  await authorizeSecretariat(user, consoleRead("commitment"));
  if (!isUuid(id)) return null;
  const commitment = await db.commitment.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      version: true,
      kind: true,
      addressedTo: true,
      addresseeDetail: true,
      editorialNote: true,
      adoptedFromId: true,
      member: { select: { id: true, name: true } },
      members: { where: { role: "CO_MEMBER" }, select: { memberId: true } },
    },
  });
  if (!commitment) return null;
  const [members, recommendations] = await Promise.all([
    db.member.findMany({
      where: { id: { not: commitment.member.id } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    db.commitment.findMany({
      where: { kind: "RECOMMENDATION", approval: "APPROVED", id: { not: id } },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, member: { select: { name: true } } },
    }),
  ]);
  return { commitment, members, recommendations };
}
