import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the secretariat's page of a published update or assessment reads of it (decision 0023): what the public
 * sees, what was redacted and when, and the parts its author marked "secretariat only". Both tables name these
 * fields alike, so both pages read them alike.
 */
export const PUBLISHED_RECORD_SELECT = {
  id: true,
  version: true,
  status: true,
  narrative: true,
  language: true,
  publishedAt: true,
  narrativeRedactedAt: true,
  evidence: { select: { id: true, url: true, label: true }, orderBy: { url: "asc" } },
  redactedEvidence: { select: { id: true, redactedAt: true }, orderBy: { redactedAt: "asc" } },
  privateEvidence: { select: { url: true, label: true }, orderBy: { url: "asc" } },
  privatePassage: { select: { body: true } },
  commitment: { select: { slug: true, title: true, member: { select: { name: true } } } },
} as const satisfies Prisma.ProgressUpdateSelect & Prisma.AssessmentSelect;
