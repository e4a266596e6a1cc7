// Sign-in attempts, sessions and emailed links are only needed for a while: the sign-in limits look back 15 minutes,
// a session lasts at most 12 hours, a link a week. Kept for RETENTION_DAYS after they stop mattering (to answer "who
// tried to sign in as me last month?"), then deleted by `npm run prune` (lib/scripts/prune.ts), run daily from cron.
// The audit log is never pruned; each run adds one row saying what it removed.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";

export const RETENTION_DAYS = 90;

export type PruneCounts = { signInAttempts: number; sessions: number; emailLinks: number };

export async function pruneAuthRecords({ now = new Date(), dryRun = false } = {}): Promise<PruneCounts> {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const attempts = { createdAt: { lt: cutoff } };
  const sessions = { expiresAt: { lt: cutoff } };
  // A link stops mattering when it expires or is used, whichever comes first.
  const links = { OR: [{ expiresAt: { lt: cutoff } }, { usedAt: { lt: cutoff } }] };
  if (dryRun) {
    const [signInAttempts, sessionCount, emailLinks] = await Promise.all([
      db.signInAttempt.count({ where: attempts }),
      db.userSession.count({ where: sessions }),
      db.authToken.count({ where: links }),
    ]);
    return { signInAttempts, sessions: sessionCount, emailLinks };
  }
  return db.$transaction(async (tx) => {
    const counts = {
      signInAttempts: (await tx.signInAttempt.deleteMany({ where: attempts })).count,
      sessions: (await tx.userSession.deleteMany({ where: sessions })).count,
      emailLinks: (await tx.authToken.deleteMany({ where: links })).count,
    };
    await writeAudit(
      tx,
      { id: null, label: "maintenance" },
      {
        action: "maintenance.prune_auth_records",
        entityType: "maintenance",
        after: { ...counts, olderThan: cutoff.toISOString() },
      },
    );
    return counts;
  });
}
