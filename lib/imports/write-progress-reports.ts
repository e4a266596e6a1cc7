// The writes of a confirmed progress reports import, inside the confirmation's transaction: each report becomes a
// published update marked entered_by_secretariat, dated the day the member sent it (published and submitted that
// day, in the reporting cycle containing it), with its evidence links and one audit row. A pledge whose newest report
// is newer than its last published update takes that report's status, percentage and date, as a published update
// gives them (decision 0013 reads "the latest published update" by that date), and its version moves on.
import "server-only";
import { randomUUID } from "node:crypto";
import { writeAudits, type Actor, type AuditEntry } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { discontinuedReasonOf } from "@/lib/domain/discontinued-reason";
import { dayStart } from "@/lib/domain/iso-day";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums";
import { fromCode } from "@/lib/open-data/codes";
import { DECISION_COMMENT_MAX_LENGTH } from "@/lib/validation/commitment-decision";
import type { ProgressWrite } from "./plan-progress-reports";
import { ChangedSincePreview } from "./write-commitments";

const BATCH = 500;

export async function writeProgressReports(
  tx: Tx,
  actor: Actor & { id: string },
  writes: readonly ProgressWrite[],
  progress: (done: number) => Promise<void>,
): Promise<{ created: number; changed: number }> {
  const now = new Date();
  const [user, cycles, commitments] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { isDemo: true } }),
    tx.reportingCycle.findMany({ select: { id: true, startsOn: true, endsOn: true }, orderBy: { startsOn: "desc" } }),
    tx.commitment.findMany({
      where: { slug: { in: [...new Set(writes.map((w) => w.slug))] } },
      select: {
        id: true,
        slug: true,
        memberId: true,
        isDemo: true,
        version: true,
        currentStatus: true,
        currentPercent: true,
        discontinuedReason: true,
        lastPublishedAt: true,
      },
    }),
  ]);
  const bySlug = new Map(commitments.map((c) => [c.slug, c]));
  // The newest report of each pledge in the file, when it is newer than what the pledge shows now.
  const newest = new Map<string, ProgressWrite>();
  for (const w of writes) {
    const shown = newest.get(w.slug);
    if (!shown || w.reportedOn > shown.reportedOn) newest.set(w.slug, w);
  }
  const current = new Set(
    [...newest.values()].filter((w) => {
      const last = bySlug.get(w.slug)!.lastPublishedAt;
      return !last || dayStart(w.reportedOn) > last;
    }),
  );
  const cycleOn = (day: Date) => cycles.find((c) => c.startsOn <= day && c.endsOn >= day)?.id ?? null;
  const ids = new Map(writes.map((w) => [w, randomUUID()]));

  let done = 0;
  for (let start = 0; start < writes.length; start += BATCH) {
    const batch = writes.slice(start, start + BATCH);
    await tx.progressUpdate.createMany({
      data: batch.map((w) => {
        const commitment = bySlug.get(w.slug)!;
        const day = dayStart(w.reportedOn);
        return {
          id: ids.get(w)!,
          commitmentId: commitment.id,
          authorId: actor.id,
          cycleId: cycleOn(day),
          status: statusOf(w),
          percentComplete: w.percent,
          narrative: w.narrative,
          reviewState: "PUBLISHED" as const,
          reviewedById: actor.id,
          reviewedAt: now,
          verification: "REVIEWED" as const,
          submittedAt: day,
          publishedAt: day,
          enteredBySecretariat: true,
          isDemo: user.isDemo || commitment.isDemo,
        };
      }),
    });
    await tx.evidenceLink.createMany({
      data: batch.flatMap((w) => w.evidence.map((url) => ({ updateId: ids.get(w)!, url }))),
    });
    await writeAudits(
      tx,
      actor,
      batch.map((w) => audit(w, ids.get(w)!, bySlug.get(w.slug)!)),
    );
    done += batch.length;
    await progress(done);
  }

  for (const w of current) {
    const commitment = bySlug.get(w.slug)!;
    const { count } = await tx.commitment.updateMany({
      where: { id: commitment.id, version: commitment.version },
      data: { ...currentOf(w), version: { increment: 1 } },
    });
    if (count === 0) throw new ChangedSincePreview();
  }
  await progress(writes.length);
  return { created: writes.length, changed: 0 };

  function audit(w: ProgressWrite, id: string, commitment: (typeof commitments)[number]): AuditEntry {
    return {
      action: "progress_update.import",
      entityType: "progress_update",
      entityId: id,
      memberId: commitment.memberId,
      after: {
        line: w.line,
        commitment: w.slug,
        reportedOn: w.reportedOn,
        status: statusOf(w),
        percentComplete: w.percent,
        narrative: w.narrative,
        evidence: w.evidence,
        enteredBySecretariat: true,
        ...(current.has(w)
          ? {
              commitmentBefore: {
                currentStatus: commitment.currentStatus,
                currentPercent: commitment.currentPercent,
                discontinuedReason: commitment.discontinuedReason,
                lastPublishedAt: commitment.lastPublishedAt,
                version: commitment.version,
              },
              commitmentAfter: { ...currentOf(w), version: commitment.version + 1 },
            }
          : {}),
      },
    };
  }
}

const statusOf = (w: ProgressWrite) => fromCode(w.status) as ImplementationStatus;

/** The pledge's denormalised status, as publishing this report makes it. */
function currentOf(w: ProgressWrite) {
  const status = statusOf(w);
  return {
    currentStatus: status,
    currentPercent: w.percent,
    lastPublishedAt: dayStart(w.reportedOn),
    discontinuedReason:
      status === "DISCONTINUED"
        ? discontinuedReasonOf({ narrative: w.narrative, barriers: [] }, DECISION_COMMENT_MAX_LENGTH)
        : null,
  };
}
