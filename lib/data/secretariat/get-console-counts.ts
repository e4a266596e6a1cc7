import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

/** What is waiting for the secretariat, and the size of the register: the console's overview. */
export async function getConsoleCounts(user: SessionUser | null) {
  await authorizeSecretariat(user, consoleRead("console_counts"));
  const [submitted, toVerify, proposals, members, focalPoints, themes, meetings] = await Promise.all([
    db.progressUpdate.count({ where: { reviewState: "SUBMITTED" } }),
    db.progressUpdate.count({
      where: { reviewState: "PUBLISHED", verification: { not: "EVIDENCE_VERIFIED" }, evidence: { some: {} } },
    }),
    db.commitment.count({ where: { approval: "PROPOSED" } }),
    db.member.count(),
    db.user.count({ where: { role: "FOCAL_POINT", active: true } }),
    db.theme.count(),
    db.meeting.count(),
  ]);
  return { submitted, toVerify, proposals, members, focalPoints, themes, meetings };
}
