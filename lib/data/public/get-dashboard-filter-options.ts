import "server-only";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/domain/iso-day";
import { cachedPublicRead } from "./cache";

export type DashboardFilterOptions = {
  themes: { slug: string; name: string }[];
  /** Only members, meetings and years with an approved commitment: any other would always show nothing. */
  members: { slug: string; name: string }[];
  meetings: { slug: string; title: string; startDate: string }[];
  /** Years of those meetings, newest first. */
  years: number[];
};

export const getDashboardFilterOptions = cachedPublicRead(
  "dashboard-filter-options",
  async (): Promise<DashboardFilterOptions> => {
    const [themes, members, meetings] = await Promise.all([
      db.theme.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
      db.member.findMany({
        where: { commitments: { some: { approval: "APPROVED" } } },
        orderBy: { name: "asc" },
        select: { slug: true, name: true },
      }),
      db.meeting.findMany({
        where: { commitments: { some: { approval: "APPROVED" } } },
        orderBy: [{ startDate: "desc" }, { title: "asc" }],
        select: { slug: true, title: true, startDate: true },
      }),
    ]);
    const years = [...new Set(meetings.map((meeting) => meeting.startDate.getUTCFullYear()))].sort((a, b) => b - a);
    return {
      themes,
      members,
      meetings: meetings.map((meeting) => ({ ...meeting, startDate: isoDay(meeting.startDate) })),
      years,
    };
  },
);
