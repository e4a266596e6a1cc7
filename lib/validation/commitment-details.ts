// What a focal point may write as a commitment's details: when proposing a new commitment, and when editing one of
// their member's. Pure (no Prisma client, no Next). Error messages are message keys under "workspace.details.errors",
// keyed by field path ("milestones.1.title"). Whether the themes, the meeting and the milestone ids exist is checked
// by the mutation, which reads them.
import { z } from "zod";
import { isoDay } from "@/lib/domain/iso-day";
import {
  DESCRIPTION_MAX_LENGTH,
  INDICATOR_NAME_MAX_LENGTH,
  INDICATOR_UNIT_MAX_LENGTH,
  MAX_MILESTONES,
  MAX_THEMES,
  MILESTONE_TITLE_MAX_LENGTH,
  PILLARS,
  TITLE_MAX_LENGTH,
} from "./commitment-details-fields";
import { fieldErrorsByPath as fieldErrorsOf, type FieldErrors } from "./field-errors";
import { normaliseDecimal } from "./decimal";

export * from "./commitment-details-fields";

/** Target and due dates are calendar days within a sensible window (a typo like 20226 is caught). */
const EARLIEST_DAY = "2000-01-01";
const LATEST_DAY = "2100-12-31";

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .transform((value) => (value === "" ? null : value));

/** A calendar day typed as YYYY-MM-DD (what <input type="date"> sends), or blank. */
const optionalDay = (invalid: string, outOfRange: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return null;
      const date = new Date(`${value}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || isoDay(date) !== value) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      if (value < EARLIEST_DAY || value > LATEST_DAY) {
        ctx.addIssue({ code: "custom", message: outOfRange });
        return z.NEVER;
      }
      return date;
    });

/** Up to 12 digits and 2 decimals (the column is numeric(14,2)); kept as a string, which Prisma stores exactly. */
const optionalDecimal = z
  .string()
  .trim()
  .transform((typed, ctx) => {
    if (typed === "") return null;
    const value = normaliseDecimal(typed);
    if (!/^-?\d{1,12}(\.\d{1,2})?$/.test(value)) {
      ctx.addIssue({ code: "custom", message: "indicator.number" });
      return z.NEVER;
    }
    return value;
  });

const milestoneRowSchema = z
  .object({
    id: z.union([z.literal(""), z.uuid({ error: "milestones.unknown" })]),
    title: z.string().trim().max(MILESTONE_TITLE_MAX_LENGTH, { error: "milestones.title.tooLong" }),
    dueDate: optionalDay("milestones.dueDate.invalid", "milestones.dueDate.outOfRange"),
    remove: z.boolean(),
  })
  // A row being removed needs no title.
  .superRefine((row, ctx) => {
    if (!row.remove && row.title === "") {
      ctx.addIssue({ code: "custom", path: ["title"], message: "milestones.title.required" });
    }
  });

const detailsSchema = z
  .object({
    title: z.string().trim().min(1, { error: "title.required" }).max(TITLE_MAX_LENGTH, { error: "title.tooLong" }),
    description: z
      .string()
      .trim()
      .min(1, { error: "description.required" })
      .max(DESCRIPTION_MAX_LENGTH, { error: "description.tooLong" }),
    themeIds: z
      .array(z.uuid({ error: "themes.unknown" }))
      .min(1, { error: "themes.required" })
      .max(MAX_THEMES, { error: "themes.tooMany" }),
    targetDate: optionalDay("targetDate.invalid", "targetDate.outOfRange"),
    milestones: z
      .array(milestoneRowSchema)
      .refine((rows) => rows.filter((row) => !row.remove).length <= MAX_MILESTONES, { error: "milestones.tooMany" }),
    indicatorName: optionalText(INDICATOR_NAME_MAX_LENGTH, "indicatorName.tooLong"),
    indicatorBaseline: optionalDecimal,
    indicatorTarget: optionalDecimal,
    indicatorUnit: optionalText(INDICATOR_UNIT_MAX_LENGTH, "indicatorUnit.tooLong"),
  })
  .transform(({ milestones, ...details }) => ({
    ...details,
    milestones: milestones
      .filter((row) => !row.remove)
      .map((row, sortOrder) => ({ id: row.id || null, title: row.title, dueDate: row.dueDate, sortOrder })),
    removedMilestoneIds: milestones.filter((row) => row.remove && row.id).map((row) => row.id),
  }));

/**
 * Checks across fields, run on the raw values whatever else failed (zod skips an object's refinements once one of
 * its fields failed), so that one round trip shows every problem.
 */
function crossFieldErrors(values: unknown): FieldErrors {
  const raw = (values ?? {}) as Partial<
    Record<"indicatorName" | "indicatorBaseline" | "indicatorTarget" | "indicatorUnit", unknown>
  >;
  const filled = (value: unknown) => typeof value === "string" && value.trim() !== "";
  const measured = filled(raw.indicatorBaseline) || filled(raw.indicatorTarget) || filled(raw.indicatorUnit);
  return measured && !filled(raw.indicatorName) ? { indicatorName: ["indicatorName.required"] } : {};
}

export type CommitmentDetails = z.output<typeof detailsSchema>;

const proposalExtrasSchema = z.object({
  pillars: z.array(z.enum(PILLARS, { error: "pillars.required" })).min(1, { error: "pillars.required" }),
  meetingId: z.uuid({ error: "meeting.required" }),
});

export type ProposalDetails = CommitmentDetails & z.output<typeof proposalExtrasSchema>;

export type DetailsValidation<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/** Details of an existing commitment (its pillars, meeting and source excerpt are not edited here). */
export function validateCommitmentEdit(values: unknown): DetailsValidation<CommitmentDetails> {
  const parsed = detailsSchema.safeParse(values);
  const errors = grouped({ ...crossFieldErrors(values), ...(parsed.success ? {} : fieldErrorsOf(parsed.error)) });
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return { ok: true, data: parsed.data };
}

/** Themes and pillars are groups of checkboxes: a bad value anywhere in one is an error of the group. */
function grouped(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, codes] of Object.entries(errors)) {
    const group = /^(themeIds|pillars)\.\d+$/.exec(path)?.[1];
    result[group ?? path] ??= codes;
  }
  return result;
}

/** A new commitment: the details, its pillars and meeting, and a target date that is not already past. */
export function validateProposal(values: unknown, { today }: { today: Date }): DetailsValidation<ProposalDetails> {
  const details = detailsSchema.safeParse(values);
  const extras = proposalExtrasSchema.safeParse(values);
  const errors: FieldErrors = grouped({
    ...crossFieldErrors(values),
    ...(details.success ? {} : fieldErrorsOf(details.error)),
    ...(extras.success ? {} : fieldErrorsOf(extras.error)),
  });
  // Checked on the typed day whatever else failed, so that one round trip shows it.
  const typedTarget = (values as { targetDate?: unknown } | null)?.targetDate;
  const target = typeof typedTarget === "string" ? typedTarget.trim() : "";
  if (!errors.targetDate && /^\d{4}-\d{2}-\d{2}$/.test(target) && target < isoDay(today))
    errors.targetDate = ["targetDate.past"];
  if (!details.success || !extras.success || Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return { ok: true, data: { ...details.data, ...extras.data } };
}
