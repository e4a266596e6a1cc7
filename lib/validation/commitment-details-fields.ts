// The fields and limits of a commitment's details, as a focal point proposes or edits them, without zod, so the form
// in the browser shares them with ./commitment-details.ts. `commitmentDetailsValuesFromForm` reads the posted form
// back into the shape the form renders, so a refused save shows exactly what was typed.
import type { ComparableValue } from "@/lib/domain/workspace-conflict";
import { formList as texts, formText as text } from "@/lib/forms/form-data";
import { normaliseDecimal } from "./decimal";

export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const MILESTONE_TITLE_MAX_LENGTH = 200;
export const INDICATOR_NAME_MAX_LENGTH = 200;
export const INDICATOR_UNIT_MAX_LENGTH = 50;
export const MAX_MILESTONES = 20;
export const MAX_THEMES = 10;
/** Empty milestone rows offered under the existing ones (without JavaScript, saving offers more). */
export const BLANK_MILESTONE_ROWS = 2;

/** Mirrors the database enum, so this module stays free of the Prisma client. */
export const PILLARS = ["PARTICIPATION", "PROTECTION", "PREVENTION", "RELIEF_RECOVERY"] as const;

/** A milestone row: `id` is empty for a new milestone; `remove` is ticked to delete an existing one. */
export type MilestoneRow = { id: string; title: string; dueDate: string; remove: boolean };

export type CommitmentDetailsFormValues = {
  title: string;
  description: string;
  themeIds: string[];
  /** Proposals only: pillars and the meeting are set when a commitment is proposed, not edited afterwards. */
  pillars: string[];
  meetingId: string;
  targetDate: string;
  milestones: MilestoneRow[];
  indicatorName: string;
  indicatorBaseline: string;
  indicatorTarget: string;
  indicatorUnit: string;
};

export const DETAILS_FORM_NAMES = {
  title: "title",
  description: "description",
  theme: "theme",
  pillar: "pillar",
  meetingId: "meetingId",
  targetDate: "targetDate",
  milestoneId: "milestoneId",
  milestoneTitle: "milestoneTitle",
  milestoneDueDate: "milestoneDueDate",
  milestoneRemove: "milestoneRemove",
  indicatorName: "indicatorName",
  indicatorBaseline: "indicatorBaseline",
  indicatorTarget: "indicatorTarget",
  indicatorUnit: "indicatorUnit",
} as const;

export function emptyCommitmentDetails(): CommitmentDetailsFormValues {
  return {
    title: "",
    description: "",
    themeIds: [],
    pillars: [],
    meetingId: "",
    targetDate: "",
    milestones: [],
    indicatorName: "",
    indicatorBaseline: "",
    indicatorTarget: "",
    indicatorUnit: "",
  };
}

export function commitmentDetailsValuesFromForm(formData: FormData): CommitmentDetailsFormValues {
  const n = DETAILS_FORM_NAMES;
  const ids = texts(formData, n.milestoneId);
  const titles = texts(formData, n.milestoneTitle);
  const dueDates = texts(formData, n.milestoneDueDate);
  const removed = new Set(texts(formData, n.milestoneRemove));
  const rows = Math.min(
    Math.max(ids.length, titles.length, dueDates.length),
    MAX_MILESTONES + BLANK_MILESTONE_ROWS + 5,
  );
  const milestones = Array.from({ length: rows }, (_, i) => {
    const id = ids[i] ?? "";
    return { id, title: titles[i] ?? "", dueDate: dueDates[i] ?? "", remove: id !== "" && removed.has(id) };
  });
  return {
    title: text(formData, n.title),
    description: text(formData, n.description),
    themeIds: [...new Set(texts(formData, n.theme))].slice(0, 100),
    pillars: [...new Set(texts(formData, n.pillar))].slice(0, 10),
    meetingId: text(formData, n.meetingId),
    targetDate: text(formData, n.targetDate),
    // The form's spare rows are not something typed.
    milestones: milestones.filter((row) => row.id !== "" || row.title.trim() !== "" || row.dueDate.trim() !== ""),
    indicatorName: text(formData, n.indicatorName),
    indicatorBaseline: text(formData, n.indicatorBaseline),
    indicatorTarget: text(formData, n.indicatorTarget),
    indicatorUnit: text(formData, n.indicatorUnit),
  };
}

export const COMMITMENT_CONFLICT_FIELDS = [
  "title",
  "description",
  "themes",
  "targetDate",
  "milestones",
  "indicatorName",
  "indicatorBaseline",
  "indicatorTarget",
  "indicatorUnit",
] as const;
export type CommitmentConflictField = (typeof COMMITMENT_CONFLICT_FIELDS)[number];

/** The details as comparable text, for the field-by-field conflict message (lib/domain/workspace-conflict.ts). */
export function comparableCommitment(
  values: CommitmentDetailsFormValues,
): Record<CommitmentConflictField, ComparableValue> {
  return {
    title: values.title,
    description: values.description,
    themes: values.themeIds,
    targetDate: values.targetDate,
    milestones: values.milestones
      .filter((row) => !row.remove)
      .map((row) => [row.title.trim(), row.dueDate.trim()].filter(Boolean).join(" · ")),
    indicatorName: values.indicatorName,
    indicatorBaseline: sameNumber(values.indicatorBaseline),
    indicatorTarget: sameNumber(values.indicatorTarget),
    indicatorUnit: values.indicatorUnit,
  };
}

/** "25", "25,0" and the stored "25.00" are one number: compare them as such. */
function sameNumber(value: string): string {
  const trimmed = normaliseDecimal(value.trim());
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? String(Number(trimmed)) : trimmed;
}
