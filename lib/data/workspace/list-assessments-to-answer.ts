import "server-only";
import { db } from "@/lib/db";
import { isFocalPointOfAny } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import {
  localizeAssessment,
  PUBLISHED_ASSESSMENT_ORDER,
  PUBLISHED_ASSESSMENT_WHERE,
  publishedAssessmentSelect,
} from "@/lib/data/public/published-assessments";
import { isSlug } from "@/lib/domain/slug";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The published assessments of one of the member's commitments, with the responses already published, for its focal
 * points to answer. Null for a commitment that does not exist or is another member's (the same "not found").
 */
export async function listAssessmentsToAnswer(user: SessionUser, slug: string, locale: Locale) {
  if (!isSlug(slug)) return null;
  const commitment = await db.commitment.findFirst({
    where: { slug, approval: "APPROVED" },
    select: {
      slug: true,
      title: true,
      members: { select: { memberId: true } },
      assessments: {
        where: PUBLISHED_ASSESSMENT_WHERE,
        orderBy: PUBLISHED_ASSESSMENT_ORDER,
        select: publishedAssessmentSelect(locale),
      },
    },
  });
  if (
    !commitment ||
    !isFocalPointOfAny(
      user,
      commitment.members.map((m) => m.memberId),
    )
  )
    return null;
  return {
    slug: commitment.slug,
    title: commitment.title,
    assessments: commitment.assessments.map((assessment) => localizeAssessment(locale, assessment)),
  };
}
