// A stored progress update in the shape the update form shows (strings as a person would type them), for
// prefilling the form and for showing what someone else saved when a save loses the race.
import { BARRIER_KINDS, type ProgressUpdateFormValues } from "@/lib/validation/progress-update-fields";

/** What to select of an update to turn it into form values. */
export const UPDATE_CONTENT_SELECT = {
  status: true,
  percentComplete: true,
  narrative: true,
  language: true,
  // Links have no position column: they come back in address order (the conflict check compares them as a set).
  evidence: { select: { url: true, label: true }, orderBy: { url: "asc" } },
  // Secretariat only (decision 0023): the form is shown to the commitment's focal points only, never to the public.
  privateEvidence: { select: { url: true, label: true }, orderBy: { url: "asc" } },
  privatePassage: { select: { body: true } },
  barriers: { select: { kind: true, detail: true } },
  milestonesReached: { select: { milestoneId: true } },
} as const;

export type StoredUpdateContent = {
  status: string;
  percentComplete: number | null;
  narrative: string;
  language: string;
  evidence: { url: string; label: string | null }[];
  privateEvidence: { url: string; label: string | null }[];
  privatePassage: { body: string } | null;
  barriers: { kind: string; detail: string | null }[];
  milestonesReached: { milestoneId: string }[];
};

export function updateFormValues(update: StoredUpdateContent): ProgressUpdateFormValues {
  return {
    status: update.status,
    percentComplete: update.percentComplete === null ? "" : String(update.percentComplete),
    narrative: update.narrative,
    privatePassage: update.privatePassage?.body ?? "",
    language: update.language,
    evidence: [
      ...update.evidence.map((link) => ({ url: link.url, label: link.label ?? "", secretariatOnly: false })),
      ...update.privateEvidence.map((link) => ({ url: link.url, label: link.label ?? "", secretariatOnly: true })),
    ],
    milestoneIds: update.milestonesReached.map((reached) => reached.milestoneId),
    barriers: BARRIER_KINDS.map((kind) => {
      const barrier = update.barriers.find((b) => b.kind === kind);
      return { kind, selected: Boolean(barrier), detail: barrier?.detail ?? "" };
    }),
  };
}
