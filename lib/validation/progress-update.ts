// What a focal point may submit as a progress update. Pure (no Prisma client, no Next), shared by the mutation and
// its tests. Error messages are message keys under "workspace.update.errors" so the form can show them in the
// reader's language.
import { z } from "zod";
import { ImplementationStatus } from "@/lib/generated/prisma/enums";
import {
  DISCONTINUED_REASON_MAX_LENGTH,
  EVIDENCE_URL_MAX_LENGTH,
  NARRATIVE_MAX_LENGTH,
  PROGRESS_UPDATE_FIELDS,
  type FieldErrors,
  type ProgressUpdateField,
} from "./progress-update-fields";

export * from "./progress-update-fields";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const PERCENT = "percentComplete.range";
const EVIDENCE = "evidenceUrl.invalid";

/** The fields a person fills in; the commitment id and version are checked by `progressUpdateTargetSchema`. */
export const progressUpdateSchema = z
  .object({
    status: z.enum(ImplementationStatus, { error: "status.required" }),
    percentComplete: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: PERCENT }).int({ error: PERCENT }).min(0, { error: PERCENT }).max(100, { error: PERCENT }).optional(),
    ),
    narrative: z
      .string({ error: "narrative.required" })
      .trim()
      .min(1, { error: "narrative.required" })
      .max(NARRATIVE_MAX_LENGTH, { error: "narrative.tooLong" }),
    evidenceUrl: z.preprocess(
      blankToUndefined,
      z
        .string({ error: EVIDENCE })
        .trim()
        .max(EVIDENCE_URL_MAX_LENGTH, { error: "evidenceUrl.tooLong" })
        // http and https only: no javascript:, data: or file: links on a public page.
        .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: EVIDENCE }))
        // "https://un.org@elsewhere.example" reads as un.org but leads elsewhere.
        .refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), { error: EVIDENCE })
        .optional(),
    ),
    discontinuedReason: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(DISCONTINUED_REASON_MAX_LENGTH, { error: "discontinuedReason.tooLong" })
        .optional(),
    ),
  })
  .superRefine((update, ctx) => {
    // Refinements also run when a field already failed; only a valid percentage is compared with the status.
    const percent = update.percentComplete;
    const validPercent = Number.isInteger(percent) && percent! >= 0 && percent! <= 100 ? percent : undefined;
    if (update.status === "DISCONTINUED" && !update.discontinuedReason) {
      ctx.addIssue({ code: "custom", path: ["discontinuedReason"], message: "discontinuedReason.required" });
    }
    const statusGiven = (Object.values(ImplementationStatus) as unknown[]).includes(update.status);
    if (statusGiven && update.status !== "DISCONTINUED" && update.discontinuedReason) {
      ctx.addIssue({ code: "custom", path: ["discontinuedReason"], message: "discontinuedReason.onlyWhenDiscontinued" });
    }
    if (update.status === "COMPLETED" && validPercent !== undefined && validPercent !== 100) {
      ctx.addIssue({ code: "custom", path: ["percentComplete"], message: "percentComplete.completedIs100" });
    }
    if (update.status === "NOT_STARTED" && validPercent !== undefined && validPercent !== 0) {
      ctx.addIssue({ code: "custom", path: ["percentComplete"], message: "percentComplete.notStartedIs0" });
    }
  });

export type ProgressUpdateInput = z.infer<typeof progressUpdateSchema>;

/** Which commitment the update is for, and the version of it the form was showing (optimistic concurrency). */
export const progressUpdateTargetSchema = z.object({
  commitmentId: z.uuid(),
  version: z.coerce.number().int().min(1),
});

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || !(PROGRESS_UPDATE_FIELDS as readonly string[]).includes(field)) continue;
    (errors[field as ProgressUpdateField] ??= []).push(issue.message);
  }
  return errors;
}
