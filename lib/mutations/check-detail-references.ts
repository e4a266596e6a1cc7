// The checks of a commitment's details that need the database: the themes and the meeting exist, the milestones
// being edited are this commitment's own, and none being removed is on record as reached (removing it would erase
// that from the updates that reported it).
import "server-only";
import { db } from "@/lib/db";
import type { CommitmentDetails } from "@/lib/validation/commitment-details";
import type { CommitmentDetailsFormValues } from "@/lib/validation/commitment-details-fields";
import type { FieldErrors } from "@/lib/validation/field-errors";

export async function checkDetailReferences(
  details: Pick<CommitmentDetails, "themeIds" | "milestones" | "removedMilestoneIds"> & { meetingId?: string },
  typed: CommitmentDetailsFormValues,
  own: { milestones: string[] },
): Promise<FieldErrors | null> {
  const errors: FieldErrors = {};
  const [themes, meeting] = await Promise.all([
    db.theme.count({ where: { id: { in: details.themeIds } } }),
    details.meetingId ? db.meeting.count({ where: { id: details.meetingId } }) : Promise.resolve(1),
  ]);
  if (themes !== details.themeIds.length) errors.themeIds = ["themes.unknown"];
  if (meeting !== 1) errors.meetingId = ["meeting.required"];

  // Errors point at the row as the form shows it (the typed rows, including removed ones).
  const rowOf = (id: string) => typed.milestones.findIndex((row) => row.id === id);
  const ownIds = new Set(own.milestones);
  const referenced = [
    ...details.milestones.map((m) => m.id).filter((id): id is string => id !== null),
    ...details.removedMilestoneIds,
  ];
  for (const id of referenced) {
    if (!ownIds.has(id)) errors.milestones = ["milestones.unknown"];
  }
  if (details.removedMilestoneIds.length > 0 && !errors.milestones) {
    const inUse = await db.milestone.findMany({
      where: {
        id: { in: details.removedMilestoneIds },
        OR: [{ reachedOn: { not: null } }, { reachedIn: { some: {} } }],
      },
      select: { id: true },
    });
    for (const { id } of inUse) errors[`milestones.${rowOf(id)}.title`] = ["milestones.inUse"];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
