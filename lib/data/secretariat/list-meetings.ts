import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { pageOf } from "./paging";

export type MeetingFilters = { search?: string; page: number };

/** Meetings, latest first, with their organisers and how many commitments were pledged at each. */
export async function listMeetings(user: SessionUser | null, filters: MeetingFilters) {
  await authorizeSecretariat(user, consoleRead("meetings"));
  const contains = filters.search ? { contains: filters.search, mode: "insensitive" as const } : undefined;
  const where: Prisma.MeetingWhereInput = {
    OR: contains ? [{ title: contains }, { city: contains }, { country: contains }, { slug: contains }] : undefined,
  };
  const total = await db.meeting.count({ where });
  const { page, pageCount, skip, take } = pageOf(filters.page, total);
  const rows = await db.meeting.findMany({
    where,
    orderBy: [{ startDate: "desc" }, { title: "asc" }],
    skip,
    take,
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      city: true,
      country: true,
      startDate: true,
      endDate: true,
      isDemo: true,
      organisers: { select: { role: true, member: { select: { name: true } } }, orderBy: { role: "asc" } },
      _count: { select: { commitments: true } },
    },
  });
  const items = rows.map(({ _count, ...meeting }) => ({ ...meeting, commitments: _count.commitments }));
  return { items, total, page, pageCount };
}
