import "server-only";
import { db } from "@/lib/db";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";

const PAGE_SIZE = 20;

/**
 * Submitted independent assessments waiting for the secretariat's decision, oldest first (the queue's fairness), with
 * the member's own latest status beside each so the reviewer sees where they differ. Secretariat only.
 */
export async function listAssessmentQueue(user: SessionUser | null, { page }: { page: number }) {
  await authorizeSecretariat(user, consoleRead("review"));
  const where = { reviewState: "SUBMITTED" } as const;
  const [total, items] = await Promise.all([
    db.assessment.count({ where }),
    db.assessment.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        version: true,
        status: true,
        narrative: true,
        language: true,
        periodFrom: true,
        periodTo: true,
        submittedAt: true,
        isDemo: true,
        organisation: { select: { name: true } },
        author: { select: { name: true } },
        evidence: { select: { id: true, url: true, label: true }, orderBy: { id: "asc" } },
        // Secretariat-only parts (decision 0023): the secretariat reads them here, no public channel does.
        privateEvidence: { select: { id: true, url: true, label: true }, orderBy: { id: "asc" } },
        privatePassage: { select: { body: true } },
        commitment: { select: { slug: true, title: true, currentStatus: true, member: { select: { name: true } } } },
      },
    }),
  ]);
  return { total, items, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export type AssessmentQueueItem = Awaited<ReturnType<typeof listAssessmentQueue>>["items"][number];
