import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { cachedPublicRead } from "./cache";

export type FilterOptions = {
  themes: { slug: string; name: string }[];
  /** Only members with an approved commitment: filtering by any other would always show nothing. */
  members: { slug: string; name: string }[];
  /** Meetings where an approved commitment was pledged, latest first. */
  meetings: { slug: string; title: string; year: number }[];
  /** The years in which commitments were pledged (their meetings' first days), latest first. */
  years: number[];
};

/** The values the explorer's filters can take. Cached across requests, and deduplicated within one. */
export const listFilterOptions = cache(
  cachedPublicRead("explorer-filter-options", async (): Promise<FilterOptions> => {
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
    const withYear = meetings.map(({ startDate, ...meeting }) => ({ ...meeting, year: startDate.getUTCFullYear() }));
    return { themes, members, meetings: withYear, years: [...new Set(withYear.map((meeting) => meeting.year))] };
  }),
);
