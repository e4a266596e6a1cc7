// The secretariat records a meeting (where pledges are made or reported) with its chair and co-organisers, or
// edits one. The organisers are replaced as a whole, in the same transaction as the meeting and its audit row.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { meetingSchema } from "@/lib/validation/meeting";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { invalid, NOT_FOUND, type MutationResult } from "./mutation-result";
import { isUniqueViolation } from "./unique-violation";

export async function saveMeeting(
  actor: SessionUser | null,
  { id, ...fields }: Record<string, unknown> & { id?: string },
): Promise<MutationResult<{ meetingId: string; created: boolean }>> {
  const action = id ? "meeting.update" : "meeting.create";
  const secretariat = await authorizeSecretariat(actor, {
    attempted: action,
    entityType: "meeting",
    entityId: id || "new",
  });
  const parsed = meetingSchema.safeParse(fields);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
  const { chairId, coOrganiserIds, ...meeting } = parsed.data;
  const data = {
    ...meeting,
    theme: meeting.theme ?? null,
    sourceTitle: meeting.sourceTitle ?? null,
    parentMeetingId: meeting.parentMeetingId ?? null,
  };

  if (id && !isUuid(id)) return NOT_FOUND;
  const existing = id
    ? await db.meeting.findUnique({
        where: { id },
        include: { organisers: { select: { memberId: true, role: true }, orderBy: { memberId: "asc" } } },
      })
    : null;
  if (id && !existing) return NOT_FOUND;
  const problems = await referenceProblems(id, data.slug, data.parentMeetingId, chairId, coOrganiserIds);
  if (Object.keys(problems).length) return invalid(problems);

  const organisers = [
    ...(chairId ? [{ memberId: chairId, role: "CHAIR" as const }] : []),
    ...coOrganiserIds.map((memberId) => ({ memberId, role: "CO_ORGANISER" as const })),
  ];
  try {
    const meetingId = await db.$transaction(async (tx) => {
      const saved = existing
        ? await tx.meeting.update({ where: { id: existing.id }, data, select: { id: true } })
        : await tx.meeting.create({ data, select: { id: true } });
      await tx.meetingOrganiser.deleteMany({ where: { meetingId: saved.id } });
      await tx.meetingOrganiser.createMany({ data: organisers.map((o) => ({ ...o, meetingId: saved.id })) });
      await writeAudit(tx, secretariat, {
        action,
        entityType: "meeting",
        entityId: saved.id,
        before: existing,
        after: { id: saved.id, ...data, organisers },
      });
      return saved.id;
    });
    revalidatePublicData();
    return { ok: true, meetingId, created: !existing };
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: ["slug.taken"] });
    throw error;
  }
}

/** Field errors for references the form sent that do not hold: a taken slug, a missing meeting or member. */
async function referenceProblems(
  id: string | undefined,
  slug: string,
  parentMeetingId: string | null,
  chairId: string | undefined,
  coOrganiserIds: string[],
): Promise<FieldErrors> {
  const memberIds = [...(chairId ? [chairId] : []), ...coOrganiserIds];
  const [sameSlug, parent, members] = await Promise.all([
    db.meeting.findUnique({ where: { slug }, select: { id: true } }),
    parentMeetingId
      ? db.meeting.findUnique({ where: { id: parentMeetingId }, select: { id: true, parentMeetingId: true } })
      : null,
    db.member.findMany({ where: { id: { in: memberIds } }, select: { id: true } }),
  ]);
  const found = new Set(members.map((member) => member.id));
  const problems: FieldErrors = {};
  if (sameSlug && sameSlug.id !== id) problems.slug = ["slug.taken"];
  // A debrief reports on an earlier meeting; a meeting cannot be its own, or its debrief's, debrief.
  if (parentMeetingId && (!parent || parent.id === id || (id && parent.parentMeetingId === id))) {
    problems.parentMeetingId = ["parentMeetingId.invalid"];
  }
  if (chairId && !found.has(chairId)) problems.chairId = ["chairId.invalid"];
  if (coOrganiserIds.some((memberId) => !found.has(memberId))) problems.coOrganiserIds = ["coOrganiserIds.invalid"];
  return problems;
}
