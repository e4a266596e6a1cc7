import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isSlug } from "@/lib/domain/slug";
import { computeFreshness } from "@/lib/domain/freshness";
import { statusCategory } from "@/lib/domain/implementation-status";
import { dayStart, todayIsoDay } from "@/lib/domain/iso-day";
import { clampPercent } from "@/lib/domain/percent";
import { computeSchedule } from "@/lib/domain/schedule";
import { localize, translationIn } from "@/lib/i18n/localized-text";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { cachedPublicRead } from "./cache";
import { demoCommitmentFigureSql } from "./demonstration-sql";
import { getCyclesAsOf } from "./get-reporting-cycles";

export type CommitmentPage = NonNullable<Awaited<ReturnType<typeof readCommitmentPage>>>;
export type PublishedUpdate = CommitmentPage["updates"][number];

/**
 * An approved commitment with its published updates only; null when there is no such commitment. Served from the
 * public data cache (schedule and freshness depend on the day, which is part of the key), and deduplicated per
 * request, so the page and its metadata share one read. Texts are in the visitor's language where translated, each
 * saying which language it is in (lib/i18n/localized-text.ts).
 */
export const getCommitmentPage = cache((slug: string, locale: Locale = defaultLocale) => {
  if (!isSlug(slug)) return Promise.resolve(null);
  return readCommitmentPage(slug, todayIsoDay(), locale);
});

const readCommitmentPage = cachedPublicRead(
  "commitment-page",
  async (slug: string, todayIso: string, locale: Locale) => {
    const [loaded, { current: cycles }, [figure]] = await Promise.all([
      load(slug, locale),
      getCyclesAsOf(todayIso),
      db.$queryRaw<{ demo: boolean }[]>`
      SELECT ${demoCommitmentFigureSql({})} AS demo FROM commitments c WHERE c.slug = ${slug}`,
    ]);
    if (!loaded) return null;
    const commitment = localizeCommitment(locale, loaded);

    const today = dayStart(todayIso);
    const pledgedOn = commitment.meeting.startDate;
    const { currentStatus, currentPercent, indicatorBaseline, indicatorTarget, themes, updates, members, ...rest } =
      commitment;
    return {
      ...rest,
      coMembers: members.map(({ member }) => member),
      themes: themes.map(({ theme }) => theme),
      indicatorBaseline: indicatorBaseline?.toNumber() ?? null,
      indicatorTarget: indicatorTarget?.toNumber() ?? null,
      status: statusCategory(currentStatus),
      percent: clampPercent(currentPercent),
      /** The status, percentage and date come from demonstration data (decision 0013). */
      statusIncludesDemonstrationData: figure?.demo ?? false,
      schedule: computeSchedule({
        today,
        pledgedOn,
        targetDate: commitment.targetDate,
        status: currentStatus,
        percent: currentPercent,
        milestones: commitment.milestones,
      }),
      freshness: computeFreshness({ today, pledgedOn, lastPublishedAt: commitment.lastPublishedAt, cycles }),
      cycle: cycles?.current ?? null,
      /** Verification of the latest published update: the fourth fact of the status model. */
      latestVerification: updates[0]?.verification ?? null,
      updates,
    };
  },
);

function localizeCommitment(locale: Locale, loaded: NonNullable<Awaited<ReturnType<typeof load>>>) {
  const { member, members, adoptedFrom, adoptions, meeting, themes, ...commitment } = loaded;
  const linked = ({ member: linkedMember, ...other }: NonNullable<typeof adoptedFrom>) => ({
    ...localize(locale, other),
    member: localize(locale, linkedMember),
  });
  return {
    ...localize(locale, commitment),
    member: localize(locale, member),
    members: members.map((row) => ({ member: localize(locale, row.member) })),
    adoptedFrom: adoptedFrom && linked(adoptedFrom),
    adoptions: adoptions.map(linked),
    meeting: {
      ...localize(locale, meeting),
      debriefs: meeting.debriefs.map((debrief) => localize(locale, debrief)),
    },
    themes: themes.map((row) => ({ theme: localize(locale, row.theme) })),
  };
}

function load(slug: string, locale: Locale) {
  const named = { sourceLocale: true, translations: translationIn(locale, { name: true }) } as const;
  const titled = { sourceLocale: true, translations: translationIn(locale, { title: true }) } as const;
  return db.commitment.findFirst({
    where: { slug, approval: "APPROVED" },
    select: {
      slug: true,
      kind: true,
      addressedTo: true,
      addresseeDetail: true,
      editorialNote: true,
      title: true,
      description: true,
      sourceLocale: true,
      translations: translationIn(locale, { title: true, description: true }),
      sourceExcerpt: true,
      pillars: true,
      targetDate: true,
      indicatorName: true,
      indicatorBaseline: true,
      indicatorTarget: true,
      indicatorUnit: true,
      discontinuedReason: true,
      currentStatus: true,
      currentPercent: true,
      lastPublishedAt: true,
      isDemo: true,
      member: { select: { slug: true, name: true, kind: true, isoCode: true, regionalGroup: true, ...named } },
      members: {
        where: { role: "CO_MEMBER" },
        orderBy: { member: { name: "asc" } },
        select: { member: { select: { slug: true, name: true, ...named } } },
      },
      adoptedFrom: {
        where: { approval: "APPROVED" },
        select: { slug: true, title: true, ...titled, member: { select: { name: true, ...named } } },
      },
      adoptions: {
        where: { approval: "APPROVED" },
        orderBy: { title: "asc" },
        select: { slug: true, title: true, ...titled, member: { select: { name: true, ...named } } },
      },
      meeting: {
        select: {
          slug: true,
          title: true,
          ...titled,
          city: true,
          country: true,
          startDate: true,
          endDate: true,
          theme: true,
          sourceTitle: true,
          isDemo: true,
          debriefs: {
            orderBy: { startDate: "asc" },
            select: { title: true, ...titled, city: true, startDate: true, endDate: true },
          },
        },
      },
      themes: {
        orderBy: { theme: { sortOrder: "asc" } },
        select: { theme: { select: { slug: true, name: true, ...named } } },
      },
      milestones: {
        orderBy: [{ sortOrder: "asc" }, { dueDate: "asc" }],
        select: { id: true, title: true, dueDate: true, reachedOn: true },
      },
      updates: {
        where: { reviewState: "PUBLISHED" },
        orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          status: true,
          percentComplete: true,
          narrative: true,
          language: true,
          verification: true,
          publishedAt: true,
          isDemo: true,
          enteredBySecretariat: true,
          cycle: { select: { name: true } },
          evidence: { select: { id: true, url: true, label: true } },
          // Redaction notices only: when, never who or what (decision 0023).
          narrativeRedactedAt: true,
          redactedEvidence: { select: { id: true, redactedAt: true }, orderBy: { redactedAt: "asc" } },
          barriers: { select: { id: true, kind: true, detail: true } },
          milestonesReached: { select: { milestone: { select: { title: true } } } },
        },
      },
    },
  });
}
