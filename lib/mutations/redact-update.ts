// The secretariat redacts part of a published update: its narrative or one evidence link (decision 0023). The text
// is deleted, not hidden: the narrative becomes empty with when and by whom it was redacted, a link is replaced by a
// row that says only when; the copies earlier audit rows of this update kept are emptied too, and the audit row of
// the redaction records who and why, never the words. Public caches are dropped at once. Version-checked.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { Prisma } from "@/lib/generated/prisma/client";
import { readSnapshot, type ReportData } from "@/lib/domain/report-snapshot";
import { fieldErrorsByPath } from "@/lib/validation/field-errors";
import { redactionSchema } from "@/lib/validation/redaction";
import { reviewEntityId } from "./load-update-for-review";
import { scrubAudit } from "./scrub-audit";
import { CONFLICT, invalid, NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

const ACTION = "progress_update.redact";

export async function redactUpdate(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ updateId: string }>> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "progress_update",
    entityId: reviewEntityId(input),
  });
  const parsed = redactionSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrorsByPath(parsed.error);
    return errors.reason && Object.keys(errors).length === 1 ? invalid({ reason: errors.reason }) : NOT_FOUND;
  }
  const { updateId, version, part, reason } = parsed.data;
  const update = await db.progressUpdate.findUnique({
    where: { id: updateId },
    select: {
      version: true,
      reviewState: true,
      narrative: true,
      narrativeRedactedAt: true,
      publishedAt: true,
      commitment: { select: { memberId: true, slug: true } },
      evidence: { select: { id: true, url: true, label: true } },
    },
  });
  if (!update) return NOT_FOUND;
  const link = part === "narrative" ? null : update.evidence.find((candidate) => candidate.id === part);
  if (part !== "narrative" && !link) return NOT_FOUND;
  if (update.version !== version) return CONFLICT;
  if (update.reviewState !== "PUBLISHED") return WRONG_STATE;
  if (!link && (update.narrativeRedactedAt || update.narrative === "")) return WRONG_STATE;

  const now = new Date();
  const redacted = await db.$transaction(async (tx) => {
    const { count } = await tx.progressUpdate.updateMany({
      where: { id: updateId, version, reviewState: "PUBLISHED" },
      data: link
        ? { version: { increment: 1 } }
        : { narrative: "", narrativeRedactedAt: now, narrativeRedactedById: secretariat.id, version: { increment: 1 } },
    });
    if (count === 0) return false;
    if (link) {
      await tx.evidenceLink.delete({ where: { id: link.id } });
      await tx.redactedEvidenceLink.create({ data: { updateId, redactedAt: now, redactedById: secretariat.id } });
    }
    await scrubAudit(tx, "progress_update", updateId, link ? [link.url, link.label ?? ""] : [update.narrative]);
    if (!link && update.publishedAt) await scrubReportSnapshots(tx, update.commitment.slug, update.publishedAt);
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "progress_update",
      entityId: updateId,
      memberId: update.commitment.memberId,
      before: { version },
      after: { version: version + 1, redacted: link ? "evidence_link" : "narrative", redactedAt: now, reason },
    });
    return true;
  });
  if (!redacted) return CONFLICT;
  revalidatePublicData();
  return { ok: true, updateId };
}

/** A closed cycle's report froze an excerpt of the narrative: the redacted one is emptied there too. */
async function scrubReportSnapshots(tx: Tx, commitmentSlug: string, publishedAt: Date) {
  const cycles = await tx.reportingCycle.findMany({
    where: { snapshot: { not: Prisma.AnyNull } },
    select: { id: true, snapshot: true },
  });
  for (const cycle of cycles) {
    const report = readSnapshot(cycle.snapshot);
    if (!report) continue;
    const quotes = (excerpt: ReportData["excerpts"][number]) =>
      excerpt.commitmentSlug === commitmentSlug && new Date(excerpt.publishedAt).getTime() === publishedAt.getTime();
    if (!report.excerpts.some(quotes)) continue;
    const excerpts = report.excerpts.map((excerpt) => (quotes(excerpt) ? { ...excerpt, text: "" } : excerpt));
    await tx.reportingCycle.update({ where: { id: cycle.id }, data: { snapshot: { ...report, excerpts } } });
  }
}
