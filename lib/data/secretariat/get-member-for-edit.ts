import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

/** A member as its edit form shows it; null when there is no such member. */
export async function getMemberForEdit(user: SessionUser | null, id: string) {
  await authorizeSecretariat(user, consoleRead("member"));
  if (!isUuid(id)) return null;
  return db.member.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      kind: true,
      isoCode: true,
      regionalGroup: true,
      updatedAt: true,
    },
  });
}
