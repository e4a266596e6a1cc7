import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

/**
 * What the meeting form needs: the meeting (when editing; null when `id` names none), the members that can
 * organise, and the other meetings a debrief can report on.
 */
export async function getMeetingFormData(user: SessionUser | null, id: string | null) {
  await authorizeSecretariat(user, consoleRead("meeting"));
  const [meeting, members, meetings] = await Promise.all([
    id && isUuid(id)
      ? db.meeting.findUnique({
          where: { id },
          select: {
            id: true,
            slug: true,
            title: true,
            kind: true,
            city: true,
            country: true,
            startDate: true,
            endDate: true,
            theme: true,
            sourceTitle: true,
            parentMeetingId: true,
            organisers: { select: { memberId: true, role: true } },
          },
        })
      : null,
    db.member.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.meeting.findMany({
      where: id && isUuid(id) ? { id: { not: id } } : undefined,
      orderBy: { startDate: "desc" },
      select: { id: true, title: true },
    }),
  ]);
  return { meeting, members, meetings };
}
