import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localize, translationIn } from "@/lib/i18n/localized-text";
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

/**
 * Names in `locale` where the record has a translation, else the original (docs/decisions/0020); members in that
 * language's alphabetical order. The slugs, which the filters carry, are the same in every language.
 * Cached across requests, and deduplicated within one.
 */
export const listFilterOptions = cache(
  cachedPublicRead("filter-options", async (locale: Locale): Promise<FilterOptions> => {
    const [themes, members, meetings] = await Promise.all([
      db.theme.findMany({
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: { slug: true, name: true, sourceLocale: true, translations: translationIn(locale, { name: true }) },
      }),
      db.member.findMany({
        where: { commitments: { some: { approval: "APPROVED" } } },
        orderBy: { name: "asc" },
        select: { slug: true, name: true, sourceLocale: true, translations: translationIn(locale, { name: true }) },
      }),
      db.meeting.findMany({
        where: { commitments: { some: { approval: "APPROVED" } } },
        orderBy: [{ startDate: "desc" }, { title: "asc" }],
        select: {
          slug: true,
          title: true,
          startDate: true,
          sourceLocale: true,
          translations: translationIn(locale, { title: true }),
        },
      }),
    ]);
    const years = [...new Set(meetings.map((meeting) => meeting.startDate.getUTCFullYear()))];
    const collator = new Intl.Collator(locale);
    return {
      themes: themes.map((theme) => ({ slug: theme.slug, name: localize(locale, theme).name })),
      members: members
        .map((member) => ({ slug: member.slug, name: localize(locale, member).name }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      meetings: meetings.map((meeting) => ({ slug: meeting.slug, title: localize(locale, meeting).title })),
      years,
    };
  }),
);
