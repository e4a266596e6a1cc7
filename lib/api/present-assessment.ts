import type { z } from "@/lib/api/zod";
import type { PublishedAssessmentRecord } from "@/lib/data/public/list-published-assessments";
import { isoDay } from "@/lib/domain/iso-day";
import { redactionSummary } from "@/lib/domain/redaction-summary";
import { code } from "@/lib/open-data/codes";
import type { PublicUrls } from "@/lib/open-data/urls";
import { presentRedaction } from "./present";
import type { Assessment } from "./schemas/assessments";

/** A published assessment as /api/v1/assessments shows it. */
export function presentAssessment(record: PublishedAssessmentRecord, urls: PublicUrls): z.input<typeof Assessment> {
  const { commitment } = record;
  return {
    id: record.id,
    commitment: { slug: commitment.slug, title: commitment.title },
    member: { slug: commitment.member.slug, name: commitment.member.name },
    organisation: { slug: record.organisation.slug, name: record.organisation.name },
    published_at: (record.publishedAt ?? new Date(0)).toISOString(),
    period_from: isoDay(record.periodFrom),
    period_to: isoDay(record.periodTo),
    assessed_status: code(record.status),
    narrative: record.narrative,
    language: record.language,
    evidence: record.evidence.map(({ url, label }) => ({ url, label })),
    responses: record.responses.map((response) => ({
      member: { slug: response.member.slug, name: response.member.name },
      published_at: response.publishedAt.toISOString(),
      text: response.text,
      language: response.language,
      redacted_at: response.textRedactedAt?.toISOString() ?? null,
    })),
    demonstration_data: record.isDemo,
    url: urls.commitment(commitment.slug),
    ...presentRedaction(
      redactionSummary(
        record.narrativeRedactedAt,
        record.redactedEvidence.map((link) => link.redactedAt),
      ),
    ),
  };
}
