import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

/** A focal point and the members they could be moved to; null when `id` names no focal point. */
export async function getFocalPointForReassign(user: SessionUser | null, id: string) {
  await authorizeSecretariat(user, consoleRead("focal_point"));
  if (!isUuid(id)) return null;
  const [person, members] = await Promise.all([
    db.user.findFirst({
      where: { id, role: "FOCAL_POINT" },
      select: { id: true, name: true, email: true, member: { select: { id: true, name: true } } },
    }),
    db.member.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return person ? { person, members } : null;
}
