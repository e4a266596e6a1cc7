// What of an independent assessment the public may see, and which ones: the one filter and select every public
// channel reads assessments through (the commitment page, the API, the open data file), so that a rule about what
// is public (published only; never a secretariat-only part, decision 0023) is applied once, at the data layer. The
// select names no private table; a redacted narrative or response is empty and says when it was redacted.
import { Prisma } from "@/lib/generated/prisma/client";
import { localize, translationIn } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";

/** Published assessments only, of approved commitments. */
export const PUBLISHED_ASSESSMENT_WHERE = {
  reviewState: "PUBLISHED",
  commitment: { approval: "APPROVED" },
} as const satisfies Prisma.AssessmentWhereInput;

/** The same rule in SQL, for reads that aggregate: `a` is the assessments row, `c` its commitment. */
export const PUBLISHED_ASSESSMENT_SQL = Prisma.sql`a.review_state = 'PUBLISHED' AND c.approval = 'APPROVED'`;

/** Newest first; the latest is the one shown beside the self-report. */
export const PUBLISHED_ASSESSMENT_ORDER = [
  { publishedAt: "desc" },
  { createdAt: "desc" },
] as const satisfies Prisma.AssessmentOrderByWithRelationInput[];

/** The public fields of a published assessment, its organisation named in the visitor's language. */
export function publishedAssessmentSelect(locale: Locale) {
  const named = { slug: true, name: true, sourceLocale: true, translations: translationIn(locale, { name: true }) };
  return {
    id: true,
    status: true,
    narrative: true,
    narrativeRedactedAt: true,
    language: true,
    periodFrom: true,
    periodTo: true,
    publishedAt: true,
    isDemo: true,
    organisation: { select: named },
    evidence: { select: { id: true, url: true, label: true }, orderBy: { id: "asc" } },
    redactedEvidence: { select: { id: true, redactedAt: true }, orderBy: { redactedAt: "asc" } },
    responses: {
      orderBy: { publishedAt: "asc" },
      select: {
        id: true,
        text: true,
        textRedactedAt: true,
        language: true,
        publishedAt: true,
        member: { select: named },
      },
    },
  } as const satisfies Prisma.AssessmentSelect;
}

type LoadedAssessment = Prisma.AssessmentGetPayload<{ select: ReturnType<typeof publishedAssessmentSelect> }>;

/** A loaded assessment with its organisation's and responding members' names in the visitor's language. */
export function localizeAssessment(locale: Locale, { organisation, responses, ...assessment }: LoadedAssessment) {
  return {
    ...assessment,
    organisation: localize(locale, organisation),
    responses: responses.map((response) => ({ ...response, member: localize(locale, response.member) })),
  };
}
