// What the secretariat may enter for a reporting cycle. Pure (no Prisma client, no Next): shared by the mutations
// and their tests. Error messages are message keys under "reporting.cycles.errors".
import { z } from "zod";
import { dayNumber } from "@/lib/domain/calendar-day";
import { dayStart } from "@/lib/domain/iso-day";
import { SLUG_PATTERN, slugify } from "@/lib/domain/slug";
import type { FieldErrors } from "./field-errors";

export const CYCLE_FIELDS = ["name", "slug", "startsOn", "endsOn", "dueOn"] as const;
export type CycleField = (typeof CYCLE_FIELDS)[number];
export type CycleFormValues = Record<CycleField, string>;

export const CYCLE_NAME_MAX_LENGTH = 120;
export const CYCLE_SLUG_MAX_LENGTH = 60;

/** A calendar day typed as YYYY-MM-DD (what <input type="date"> sends), as midnight UTC; a day that does not exist
 * (2026-02-30) is refused rather than rolled over. */
const day = (field: CycleField) =>
  z
    .string({ error: `${field}.required` })
    .trim()
    .min(1, { error: `${field}.required` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${field}.invalid` })
    .transform((value, ctx) => {
      const date = dayStart(value);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: `${field}.invalid` });
        return z.NEVER;
      }
      return date;
    });

/** A slug from a name: "2027–2028 cycle" → "2027-2028-cycle". */
export function slugFromName(name: string): string {
  return slugify(name, CYCLE_SLUG_MAX_LENGTH);
}

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const createCycleSchema = z
  .object({
    name: z
      .string({ error: "name.required" })
      .trim()
      .min(1, { error: "name.required" })
      .max(CYCLE_NAME_MAX_LENGTH, { error: "name.tooLong" }),
    slug: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(CYCLE_SLUG_MAX_LENGTH, { error: "slug.tooLong" })
        .regex(SLUG_PATTERN, { error: "slug.invalid" })
        .optional(),
    ),
    startsOn: day("startsOn"),
    endsOn: day("endsOn"),
    dueOn: day("dueOn"),
  })
  .superRefine((cycle, ctx) => {
    if (dayNumber(cycle.endsOn) <= dayNumber(cycle.startsOn)) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "endsOn.beforeStart" });
    }
    const due = dayNumber(cycle.dueOn);
    if (due < dayNumber(cycle.startsOn) || due > dayNumber(cycle.endsOn)) {
      ctx.addIssue({ code: "custom", path: ["dueOn"], message: "dueOn.outsideCycle" });
    }
  })
  .transform((cycle) => ({ ...cycle, slug: cycle.slug ?? slugFromName(cycle.name) }));

export const cycleTargetSchema = z.object({ cycleId: z.uuid() });

export const dueDateSchema = z.object({ dueOn: day("dueOn") });

export function cycleFieldErrorsOf(error: z.ZodError): FieldErrors<CycleField> {
  const errors: FieldErrors<CycleField> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || !(CYCLE_FIELDS as readonly string[]).includes(field)) continue;
    (errors[field as CycleField] ??= []).push(issue.message);
  }
  return errors;
}
