import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED_ASSESSMENT_WHERE, publishedAssessmentSelect } from "@/lib/data/public/published-assessments";
import { redactionSummary } from "@/lib/domain/redaction-summary";
import { defaultLocale } from "@/lib/i18n/locales";
import type { AssessmentRecord } from "@/lib/open-data/records";

const SELECT = {
  ...publishedAssessmentSelect(defaultLocale),
  commitment: { select: { slug: true, member: { select: { slug: true } } } },
} as const;
type AssessmentRow = Prisma.AssessmentGetPayload<{ select: typeof SELECT }>;

/** Every published assessment of an approved commitment, `batchSize` at a time by keyset on the id (memory stays
 * bounded), read through the one public filter (lib/data/public/published-assessments.ts). */
export async function* iterateAssessmentRecords(batchSize = 1000): AsyncGenerator<AssessmentRecord[]> {
  let after: string | null = null;
  for (;;) {
    const rows: AssessmentRow[] = await db.assessment.findMany({
      where: { ...PUBLISHED_ASSESSMENT_WHERE, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: SELECT,
    });
    if (rows.length > 0)
      yield rows.map((row) => ({
        id: row.id,
        commitmentSlug: row.commitment.slug,
        memberSlug: row.commitment.member.slug,
        organisationSlug: row.organisation.slug,
        organisationName: row.organisation.name,
        publishedAt: row.publishedAt!,
        periodFrom: row.periodFrom,
        periodTo: row.periodTo,
        status: row.status,
        narrative: row.narrative,
        language: row.language,
        evidenceUrls: row.evidence.map((link) => link.url),
        responseCount: row.responses.length,
        isDemo: row.isDemo,
        redaction: redactionSummary(
          row.narrativeRedactedAt,
          row.redactedEvidence.map((link) => link.redactedAt),
        ),
      }));
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.id;
  }
}
