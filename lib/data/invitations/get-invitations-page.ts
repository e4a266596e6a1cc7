import "server-only";
import { db } from "@/lib/db";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * What /secretariat/invitations shows: the members one can invite to, and everyone invited who has not chosen a
 * password yet, with their newest invitation link (expired ones too, so they can be resent). Secretariat only.
 */
export async function getInvitationsPage(user: SessionUser | null) {
  await authorizeSecretariat(user, consoleRead("invitations"));
  const [members, invitees] = await Promise.all([
    db.member.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { role: "FOCAL_POINT", passwordHash: null },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        email: true,
        name: true,
        member: { select: { id: true, name: true } },
        authTokens: {
          where: { purpose: "INVITATION", usedAt: null },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { createdAt: true, expiresAt: true },
        },
      },
    }),
  ]);
  const pending = invitees
    .map(({ authTokens, ...invitee }) => ({ ...invitee, link: authTokens[0] ?? null }))
    .sort((a, b) => (b.link?.createdAt.getTime() ?? 0) - (a.link?.createdAt.getTime() ?? 0));
  return { members, pending };
}
