import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { cachedPublicRead } from "./cache";

/** The values the filters of the dashboard, the explorer and the secretariat's export can take. */
export type FilterOptions = {
  themes: { slug: string; name: string }[];
  /** Only members, meetings and years with an approved commitment: any other would always show nothing. */
  members: { slug: string; name: string }[];
  /** Latest first. */
  meetings: { slug: string; title: string }[];
  /** The years of those meetings (their first days), latest first. */
  years: number[];
};

/** Cached across requests, and deduplicated within one. */
export const listFilterOptions = cache(
  cachedPublicRead("filter-options", async (): Promise<FilterOptions> => {
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
    const years = [...new Set(meetings.map((meeting) => meeting.startDate.getUTCFullYear()))];
    return { themes, members, meetings: meetings.map(({ slug, title }) => ({ slug, title })), years };
  }),
);
