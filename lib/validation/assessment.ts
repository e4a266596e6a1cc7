// What a reviewer may save or submit as an independent assessment (docs/decisions/0022-independent-assessments.md),
// what the secretariat sends to publish or return one, and what a focal point sends to respond to one. Error messages
// are message keys under "assessments.errors", keyed by field path ("evidence.1.url").
import { z } from "zod";
import { REPORTED_STATUSES, type ReportedStatus } from "@/lib/domain/implementation-status";
import { formText } from "@/lib/forms/form-data";
import type { ContentLocale } from "./content-translation";
import { fieldErrorsByPath, type FieldErrors } from "./field-errors";
import { MAX_EVIDENCE_LINKS } from "./progress-update-fields";
import { contentLanguageSchema, evidenceRowSchema, privatePassageSchema } from "./written-content";

export const ASSESSMENT_NARRATIVE_MAX_LENGTH = 10_000;
export const RESPONSE_MAX_LENGTH = 5000;
/** The earliest day an assessment may cover: the Network's first recorded meeting was in 2018. */
const EARLIEST_DAY = "2000-01-01";

export type AssessmentFormValues = {
  status: string;
  narrative: string;
  /** "For the secretariat only" (decision 0023): stored apart, never in a public channel. */
  privatePassage?: string;
  language: string;
  periodFrom: string;
  periodTo: string;
  evidence: { url: string; label: string; secretariatOnly?: boolean }[];
};

export type AssessmentContent = {
  status: ReportedStatus;
  narrative: string;
  privatePassage: string | null;
  language: ContentLocale;
  periodFrom: string;
  periodTo: string;
  evidence: { url: string; label: string | null; secretariatOnly: boolean }[];
};

/**
 * Evidence rows the form offers: each row's fields are named evidenceUrl.<i> and evidenceLabel.<i>, and its
 * "secretariat only" checkbox evidencePrivate.<i>.
 */
export const ASSESSMENT_EVIDENCE_ROWS = 3;
const ROWS = Array.from({ length: ASSESSMENT_EVIDENCE_ROWS }, (_, i) => i);

/** Every field of the form, to show again as typed when a save is refused. */
export const ASSESSMENT_FORM_FIELDS = [
  "status",
  "periodFrom",
  "periodTo",
  "narrative",
  "privatePassage",
  "language",
  ...ROWS.flatMap((i) => [`evidenceUrl.${i}`, `evidenceLabel.${i}`, `evidencePrivate.${i}`]),
];

/** The posted form read into the shape the validation takes (blank evidence rows dropped). */
export function assessmentValuesFromForm(formData: FormData): AssessmentFormValues {
  return {
    status: formText(formData, "status"),
    narrative: formText(formData, "narrative"),
    privatePassage: formText(formData, "privatePassage"),
    language: formText(formData, "language"),
    periodFrom: formText(formData, "periodFrom"),
    periodTo: formText(formData, "periodTo"),
    evidence: ROWS.map((i) => ({
      url: formText(formData, `evidenceUrl.${i}`),
      label: formText(formData, `evidenceLabel.${i}`),
      secretariatOnly: formText(formData, `evidencePrivate.${i}`) !== "",
    })).filter((row) => row.url.trim() !== "" || row.label.trim() !== ""),
  };
}

const isoDaySchema = (field: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${field}.required` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${field}.invalid` })
    .refine(
      (day) =>
        !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
      {
        error: `${field}.invalid`,
      },
    )
    .refine((day) => day >= EARLIEST_DAY, { error: `${field}.invalid` });

const contentSchema = z
  .object({
    status: z.enum(REPORTED_STATUSES, { error: "status.required" }),
    narrative: z.string().trim().max(ASSESSMENT_NARRATIVE_MAX_LENGTH, { error: "narrative.tooLong" }),
    privatePassage: privatePassageSchema(ASSESSMENT_NARRATIVE_MAX_LENGTH),
    language: contentLanguageSchema,
    periodFrom: isoDaySchema("periodFrom"),
    periodTo: isoDaySchema("periodTo"),
    evidence: z.array(evidenceRowSchema).max(MAX_EVIDENCE_LINKS, { error: "evidence.tooMany" }),
  })
  .superRefine((value, ctx) => {
    if (value.periodTo < value.periodFrom)
      ctx.addIssue({ code: "custom", path: ["periodTo"], message: "periodTo.beforeFrom" });
  });

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/**
 * A draft needs a rating and a period (the row cannot exist without them) and well-formed values; a submission also
 * needs a narrative. A period may not end after `today` (an assessment covers what has happened).
 */
export function validateAssessment(
  values: unknown,
  { submitting, today }: { submitting: boolean; today: string },
): ValidationResult<AssessmentContent> {
  const parsed = contentSchema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsByPath(parsed.error);
  if (parsed.success) {
    if (submitting && parsed.data.narrative === "") errors.narrative = ["narrative.required"];
    if (parsed.data.periodTo > today) errors.periodTo = ["periodTo.future"];
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return { ok: true, data: parsed.data };
}

/** Which assessment the form is editing (its id and the version it showed), or neither for a new one. */
export const assessmentTargetSchema = z.union([
  z.object({ commitmentId: z.uuid(), assessmentId: z.literal(""), version: z.literal("") }),
  z.object({
    commitmentId: z.uuid(),
    assessmentId: z.uuid(),
    version: z.coerce
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1),
  }),
]);

export const accreditationSchema = z.object({
  memberId: z.uuid(),
  decision: z.enum(["accredit", "withdraw"]),
});

export const responseSchema = z.object({
  assessmentId: z.uuid(),
  text: z
    .string({ error: "text.required" })
    .trim()
    .min(1, { error: "text.required" })
    .max(RESPONSE_MAX_LENGTH, { error: "text.tooLong" }),
  language: contentLanguageSchema,
});
