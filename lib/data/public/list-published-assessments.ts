import "server-only";
import { db } from "@/lib/db";
import { defaultLocale } from "@/lib/i18n/locales";
import type { PageWindow } from "@/lib/data/open-data/page-window";
import { offsetOf } from "@/lib/data/open-data/page-window";
import {
  localizeAssessment,
  PUBLISHED_ASSESSMENT_ORDER,
  PUBLISHED_ASSESSMENT_WHERE,
  publishedAssessmentSelect,
} from "./published-assessments";

export type AssessmentFilters = { commitment?: string; organisation?: string };

/**
 * One page of published assessments, newest first, for the API: through the one public filter and select
 * (./published-assessments.ts), with each commitment and its lead member. Names are the originals (the API speaks
 * the record's own language).
 */
export async function listPublishedAssessments(filters: AssessmentFilters, window: PageWindow) {
  const where = {
    ...PUBLISHED_ASSESSMENT_WHERE,
    ...(filters.commitment
      ? { commitment: { ...PUBLISHED_ASSESSMENT_WHERE.commitment, slug: filters.commitment } }
      : {}),
    ...(filters.organisation ? { organisation: { slug: filters.organisation } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.assessment.count({ where }),
    db.assessment.findMany({
      where,
      orderBy: [...PUBLISHED_ASSESSMENT_ORDER, { id: "desc" }],
      skip: offsetOf(window),
      take: window.perPage,
      select: {
        ...publishedAssessmentSelect(defaultLocale),
        commitment: { select: { slug: true, title: true, member: { select: { slug: true, name: true } } } },
      },
    }),
  ]);
  return {
    total,
    records: rows.map(({ commitment, ...row }) => ({ ...localizeAssessment(defaultLocale, row), commitment })),
  };
}

export type PublishedAssessmentRecord = Awaited<ReturnType<typeof listPublishedAssessments>>["records"][number];
