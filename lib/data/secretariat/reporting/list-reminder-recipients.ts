import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/domain/iso-day";
import { countsForCycle, type ReportCycle } from "./compute-cycle-report";

export type ReminderRecipient = {
  userId: string;
  email: string;
  name: string;
  /** The focal point's language for emails (users.preferred_locale), null when not chosen. */
  preferredLocale: string | null;
  memberId: string;
  memberName: string;
  /** Approved commitments of the member that the cycle asks about (pledged by its last day). */
  commitments: number;
  /** Of those, how many have no update that counts for the cycle yet. */
  unreported: number;
  /** Titles of (up to ten of) those, alphabetically. */
  unreportedTitles: string[];
};

const TITLES_PER_REMINDER = 10;

/**
 * Who is due a reminder for `cycle`: every active focal point of a member that has pledges (joint ones included: each
 * member reports) not yet reported in
 * the cycle (as of `asOf`), optionally of one member only. A member without focal points has nobody to remind.
 * No authorization: called by the secretariat's send-reminder mutation and by `npm run reminders` (an operator).
 */
export async function listReminderRecipients(
  client: Db | Tx,
  cycle: Pick<ReportCycle, "id" | "startsOn" | "endsOn">,
  asOf: Date,
  memberId?: string,
): Promise<ReminderRecipient[]> {
  const onlyMember = memberId ? Prisma.sql`AND m.id = ${memberId}::uuid` : Prisma.empty;
  return client.$queryRaw<ReminderRecipient[]>`
    SELECT fp.id AS "userId", fp.email, fp.name, fp.preferred_locale AS "preferredLocale",
           m.id AS "memberId", m.name AS "memberName",
           stats.commitments, stats.unreported,
           coalesce(stats.titles[1:${TITLES_PER_REMINDER}], '{}') AS "unreportedTitles"
    FROM users fp
    JOIN members m ON m.id = fp.member_id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS commitments,
             count(*) FILTER (WHERE NOT r.reported)::int AS unreported,
             array_agg(c.title ORDER BY c.title, c.slug) FILTER (WHERE NOT r.reported) AS titles
      FROM commitments c
      JOIN meetings mt ON mt.id = c.meeting_id
      CROSS JOIN LATERAL (
        SELECT EXISTS (SELECT 1 FROM progress_updates u WHERE u.commitment_id = c.id AND ${countsForCycle(cycle, asOf)})
          AS reported
      ) r
      WHERE EXISTS (SELECT 1 FROM commitment_members cm WHERE cm.commitment_id = c.id AND cm.member_id = m.id)
        AND c.kind = 'PLEDGE' AND c.approval = 'APPROVED' AND mt.start_date <= ${isoDay(cycle.endsOn)}::date
    ) stats
    WHERE fp.role = 'FOCAL_POINT' AND fp.active AND stats.unreported > 0 ${onlyMember}
    ORDER BY m.name, m.id, fp.email`;
}
