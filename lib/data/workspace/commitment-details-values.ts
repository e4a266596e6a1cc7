// A stored commitment's details in the shape the details form shows (strings as a person would type them), for
// prefilling the edit form and for showing what someone else saved when an edit loses the race.
import { isoDay } from "@/lib/domain/iso-day";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentDetailsFormValues } from "@/lib/validation/commitment-details-fields";

export const DETAILS_SELECT = {
  title: true,
  description: true,
  pillars: true,
  meetingId: true,
  targetDate: true,
  indicatorName: true,
  indicatorBaseline: true,
  indicatorTarget: true,
  indicatorUnit: true,
  themes: { select: { themeId: true } },
  milestones: {
    select: { id: true, title: true, dueDate: true, reachedOn: true },
    orderBy: [{ sortOrder: "asc" }, { dueDate: { sort: "asc", nulls: "last" } }, { title: "asc" }],
  },
} as const satisfies Prisma.CommitmentSelect;

export type StoredDetails = Prisma.CommitmentGetPayload<{ select: typeof DETAILS_SELECT }>;

export function commitmentDetailsFormValues(stored: StoredDetails): CommitmentDetailsFormValues {
  return {
    title: stored.title,
    description: stored.description,
    themeIds: stored.themes.map((theme) => theme.themeId),
    pillars: [...stored.pillars],
    meetingId: stored.meetingId,
    targetDate: stored.targetDate ? isoDay(stored.targetDate) : "",
    milestones: stored.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate ? isoDay(m.dueDate) : "",
      remove: false,
    })),
    indicatorName: stored.indicatorName ?? "",
    indicatorBaseline: stored.indicatorBaseline?.toString() ?? "",
    indicatorTarget: stored.indicatorTarget?.toString() ?? "",
    indicatorUnit: stored.indicatorUnit ?? "",
  };
}

/** What the audit log keeps of a commitment's details, before and after an edit. */
export function detailsSnapshot(stored: StoredDetails) {
  const values = commitmentDetailsFormValues(stored);
  return {
    title: values.title,
    description: values.description,
    themeIds: [...values.themeIds].sort(),
    targetDate: values.targetDate || null,
    milestones: values.milestones.map(({ id, title, dueDate }) => ({ id, title, dueDate: dueDate || null })),
    indicatorName: values.indicatorName || null,
    indicatorBaseline: values.indicatorBaseline || null,
    indicatorTarget: values.indicatorTarget || null,
    indicatorUnit: values.indicatorUnit || null,
  };
}
