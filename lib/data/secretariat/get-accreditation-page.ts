import "server-only";
import { db } from "@/lib/db";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { isAccredited } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * What /secretariat/accreditation shows: every civil-society member, whether it is accredited to publish independent
 * assessments (and since when, or when that was withdrawn), its reviewers (invited or active) and how many of its
 * assessments are published. Secretariat only.
 */
export async function getAccreditationPage(user: SessionUser | null) {
  await authorizeSecretariat(user, consoleRead("accreditation"));
  const organisations = await db.member.findMany({
    where: { kind: "CIVIL_SOCIETY" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      accreditedAt: true,
      accreditationWithdrawnAt: true,
      users: {
        where: { role: "REVIEWER" },
        orderBy: { name: "asc" },
        select: { id: true, name: true, email: true, active: true, passwordHash: true },
      },
      _count: { select: { assessments: { where: { reviewState: "PUBLISHED" } } } },
    },
  });
  return organisations.map(({ users, _count, ...organisation }) => ({
    ...organisation,
    accredited: isAccredited(organisation),
    published: _count.assessments,
    reviewers: users.map(({ passwordHash, ...reviewer }) => ({ ...reviewer, invited: passwordHash === null })),
  }));
}
