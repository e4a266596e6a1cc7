import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EmailKind, EmailStatus, MemberKind } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { daysBetween } from "@/lib/domain/calendar-day";
import { isoDay } from "@/lib/domain/iso-day";
import { REMINDER_KINDS } from "@/lib/domain/reminder-schedule";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { countsForCycle } from "./compute-cycle-report";
import { findOpenCycle, type OpenCycle } from "./find-open-cycle";

export type CockpitRow = {
  memberId: string;
  slug: string;
  name: string;
  kind: MemberKind;
  /** Names of the member's active focal points. */
  focalPoints: string[];
  /** Approved commitments the cycle asks about (pledged by its last day). */
  commitments: number;
  /** Of those, how many have an update that counts for the cycle. */
  reported: number;
  /** Published updates that count for the cycle. */
  updatesThisCycle: number;
  drafts: number;
  submitted: number;
  returned: number;
  lastPublishedAt: Date | null;
  /** Whole days from the member's last published update to today; null when it never published one. */
  daysSinceLastUpdate: number | null;
  lastReminder: { at: Date; kind: EmailKind } | null;
  /** It has commitments, and no update counts for the cycle yet. */
  silent: boolean;
  /** A reminder would reach someone: it has focal points and commitments not reported in the cycle. */
  due: boolean;
};

export type ReminderLogRow = {
  id: string;
  createdAt: Date;
  kind: EmailKind;
  status: EmailStatus;
  toAddress: string;
  subject: string;
  memberName: string | null;
  error: string | null;
};

export type Cockpit =
  { cycle: OpenCycle; rows: CockpitRow[]; log: ReminderLogRow[]; remindersThisCycle: number } | { cycle: null };

const REMINDER_LOG_SIZE = 25;

/**
 * The reporting cockpit: every member against the open cycle, counted in SQL, plus the latest reminder emails from
 * the email log. `{ cycle: null }` when no cycle is open.
 */
export async function getCockpit(user: SessionUser | null, now = new Date()): Promise<Cockpit> {
  await authorizeSecretariat(user, {
    attempted: "reporting.cockpit",
    entityType: "reporting",
    entityId: "reporting.cockpit",
  });
  const cycle = await findOpenCycle();
  if (!cycle) return { cycle: null };
  const counts = countsForCycle(cycle, now);
  // The member's pledges, joint ones included: each member of a joint pledge reports on it (decision 0012).
  const ofMember = Prisma.sql`EXISTS (SELECT 1 FROM commitment_members cm WHERE cm.commitment_id = c.id AND cm.member_id = m.id)`;
  const reminderKinds = [...REMINDER_KINDS];
  const [members, log, sent] = await Promise.all([
    db.$queryRaw<
      (Omit<CockpitRow, "daysSinceLastUpdate" | "silent" | "due" | "lastReminder"> & {
        lastReminderAt: Date | null;
        lastReminderKind: EmailKind | null;
      })[]
    >`
      SELECT m.id AS "memberId", m.slug, m.name, m.kind::text AS kind,
             coalesce((SELECT array_agg(fp.name ORDER BY fp.name) FROM users fp
                       WHERE fp.member_id = m.id AND fp.role = 'FOCAL_POINT' AND fp.active), '{}') AS "focalPoints",
             stats.commitments, stats.reported,
             (SELECT count(*) FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
               WHERE ${ofMember} AND c.kind = 'PLEDGE' AND c.approval = 'APPROVED' AND ${counts})::int AS "updatesThisCycle",
             pending.drafts, pending.submitted, pending.returned,
             (SELECT max(c.last_published_at) FROM commitments c
               WHERE ${ofMember} AND c.kind = 'PLEDGE' AND c.approval = 'APPROVED') AS "lastPublishedAt",
             reminder.created_at AS "lastReminderAt", reminder.kind::text AS "lastReminderKind"
      FROM members m
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS commitments,
               count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM progress_updates u WHERE u.commitment_id = c.id AND ${counts}))::int AS reported
        FROM commitments c JOIN meetings mt ON mt.id = c.meeting_id
        WHERE ${ofMember} AND c.kind = 'PLEDGE' AND c.approval = 'APPROVED' AND mt.start_date <= ${isoDay(cycle.endsOn)}::date
      ) stats
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE u.review_state = 'DRAFT')::int AS drafts,
               count(*) FILTER (WHERE u.review_state = 'SUBMITTED')::int AS submitted,
               count(*) FILTER (WHERE u.review_state = 'RETURNED')::int AS returned
        FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
        WHERE ${ofMember} AND u.review_state <> 'PUBLISHED'
      ) pending
      LEFT JOIN LATERAL (
        SELECT e.created_at, e.kind FROM email_log e
        WHERE e.member_id = m.id AND e.cycle_id = ${cycle.id}::uuid AND e.status = 'SENT'
          AND e.kind::text = ANY (${reminderKinds})
        ORDER BY e.created_at DESC LIMIT 1
      ) reminder ON true
      ORDER BY m.name, m.slug`,
    db.$queryRaw<ReminderLogRow[]>`
      SELECT e.id, e.created_at AS "createdAt", e.kind::text AS kind, e.status::text AS status,
             e.to_address AS "toAddress", e.subject, m.name AS "memberName", e.error
      FROM email_log e LEFT JOIN members m ON m.id = e.member_id
      WHERE e.kind::text = ANY (${reminderKinds})
      ORDER BY e.created_at DESC, e.id LIMIT ${REMINDER_LOG_SIZE}`,
    db.emailLog.count({ where: { cycleId: cycle.id, status: "SENT", kind: { in: reminderKinds } } }),
  ]);
  const rows = members.map(({ lastReminderAt, lastReminderKind, ...member }): CockpitRow => ({
    ...member,
    daysSinceLastUpdate: member.lastPublishedAt ? daysBetween(member.lastPublishedAt, now) : null,
    lastReminder: lastReminderAt && lastReminderKind ? { at: lastReminderAt, kind: lastReminderKind } : null,
    silent: member.commitments > 0 && member.updatesThisCycle === 0,
    due: member.focalPoints.length > 0 && member.reported < member.commitments,
  }));
  return { cycle, rows, log, remindersThisCycle: sent };
}
