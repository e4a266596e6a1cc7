// Tests act as a user the way the app does: as the SessionUser that getSessionUser() would return for them.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

export async function sessionUserOf(userId: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      memberId: true,
      member: { select: { id: true, slug: true, name: true } },
    },
  });
  return user;
}
