// What a focal point may save as a draft, and what they may submit for review. Pure (no Prisma client, no Next),
// shared by the mutations and their tests. Error messages are message keys under "workspace.update.errors", keyed
// by field path ("evidence.1.url", "barriers.FUNDING"), so the form shows them next to the right input.
//
// A draft is work in progress: it needs a status (the row cannot exist without one) and every value it holds must be
// well-formed (a percentage from 0 to 100, http(s) links, lengths), but it may be unfinished (no narrative yet).
// A submission must be complete and consistent, and its status must be a step the commitment may take from its
// current status (lib/domain/update-transitions.ts).
import { z } from "zod";
import type { ContentLocale } from "./content-translation";
import { REPORTED_STATUSES, type ReportedStatus } from "@/lib/domain/implementation-status";
import { transitionProblem } from "@/lib/domain/update-transitions";
import {
  BARRIER_DETAIL_MAX_LENGTH,
  BARRIER_KINDS,
  MAX_EVIDENCE_LINKS,
  NARRATIVE_MAX_LENGTH,
  type BarrierKindValue,
} from "./progress-update-fields";
import { fieldErrorsByPath as fieldErrorsOf, type FieldErrors } from "./field-errors";
import { contentLanguageSchema, evidenceRowSchema, privatePassageSchema } from "./written-content";

export * from "./progress-update-fields";

const PERCENT = "percentComplete.range";
const blank = (value: string) => value.trim() === "";

const percentSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    // Whole numbers only: "12.5", "1e2" and "forty" are refused rather than guessed at.
    if (!/^\d{1,3}$/.test(value) || Number(value) > 100) {
      ctx.addIssue({ code: "custom", message: PERCENT });
      return z.NEVER;
    }
    return Number(value);
  });

const barrierRowSchema = z
  .object({
    kind: z.enum(BARRIER_KINDS),
    selected: z.boolean(),
    detail: z.string().trim().max(BARRIER_DETAIL_MAX_LENGTH, { error: "barriers.detailTooLong" }),
  })
  .superRefine((row, ctx) => {
    if (!row.selected && row.detail !== "") {
      ctx.addIssue({ code: "custom", path: ["detail"], message: "barriers.detailWithoutKind" });
    }
  });

const evidenceListSchema = z
  .array(evidenceRowSchema)
  .max(MAX_EVIDENCE_LINKS, { error: "evidence.tooMany" })
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const key = row.url.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "url"], message: "evidence.url.duplicate" });
      seen.add(key);
    });
  });

const draftSchema = z
  .object({
    status: z.enum(REPORTED_STATUSES, { error: "status.required" }),
    percentComplete: percentSchema,
    narrative: z.string().trim().max(NARRATIVE_MAX_LENGTH, { error: "narrative.tooLong" }),
    privatePassage: privatePassageSchema(NARRATIVE_MAX_LENGTH),
    language: contentLanguageSchema,
    evidence: evidenceListSchema,
    milestoneIds: z.array(z.uuid({ error: "milestones.unknown" })),
    barriers: z.array(barrierRowSchema).length(BARRIER_KINDS.length),
  })
  .transform((update) => ({
    ...update,
    barriers: update.barriers
      .filter((row) => row.selected)
      .map((row) => ({ kind: row.kind, detail: row.detail === "" ? null : row.detail })),
  }));

export type ProgressUpdateContent = {
  status: ReportedStatus;
  percentComplete: number | null;
  narrative: string;
  /** Seen by the secretariat and the commitment's focal points only (decision 0023). */
  privatePassage: string | null;
  language: ContentLocale;
  evidence: { url: string; label: string | null; secretariatOnly: boolean }[];
  milestoneIds: string[];
  barriers: { kind: BarrierKindValue; detail: string | null }[];
};

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/** A draft: well-formed values, possibly unfinished. */
export function validateDraft(values: unknown): ValidationResult<ProgressUpdateContent> {
  const parsed = draftSchema.safeParse(values);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: errorsOf(parsed.error) };
}

/**
 * Milestones are one group of checkboxes: a bad id anywhere in it is an error of the group. Barriers are one row per
 * kind, in BARRIER_KINDS order: their errors are keyed by kind ("barriers.FUNDING").
 */
function errorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, codes] of Object.entries(fieldErrorsOf(error))) {
    const barrier = /^barriers\.(\d+)/.exec(path);
    const key = path.startsWith("milestoneIds")
      ? "milestones"
      : barrier
        ? `barriers.${BARRIER_KINDS[Number(barrier[1])] ?? "OTHER"}`
        : path;
    errors[key] ??= codes;
  }
  return errors;
}

/**
 * A submission: everything a draft needs, plus a narrative, a percentage consistent with the status, and a status
 * the commitment may move to from `currentStatus` (its latest published status; null when none).
 */
export function validateSubmission(
  values: unknown,
  { currentStatus }: { currentStatus: ReportedStatus | null },
): ValidationResult<ProgressUpdateContent> {
  const parsed = draftSchema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : errorsOf(parsed.error);
  const add = (path: string, code: string) => {
    if (!errors[path]?.length) errors[path] = [...(errors[path] ?? []), code];
  };
  const raw = (values ?? {}) as Partial<Record<"narrative", unknown>>;
  if (typeof raw.narrative !== "string" || blank(raw.narrative)) add("narrative", "narrative.required");
  if (parsed.success) {
    const { status, percentComplete, barriers } = parsed.data;
    if (status === "COMPLETED" && percentComplete !== null && percentComplete !== 100) {
      add("percentComplete", "percentComplete.completedIs100");
    }
    if (status === "NOT_STARTED" && percentComplete !== null && percentComplete !== 0) {
      add("percentComplete", "percentComplete.notStartedIs0");
    }
    const problem = transitionProblem(currentStatus, status, { barrierCount: barriers.length });
    if (problem) add(problem.field, problem.code);
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, fieldErrors: errors };
  return { ok: true, data: parsed.data };
}

/** Which update the form is editing: a draft (or returned update) and the version of it the form was showing, or
 * neither for a new one. Malformed values are treated as "not found", never as a new update. */
export const updateTargetSchema = z.union([
  z.object({ commitmentId: z.uuid(), draftId: z.literal(""), version: z.literal("") }),
  z.object({
    commitmentId: z.uuid(),
    draftId: z.uuid(),
    version: z.coerce
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1),
  }),
]);
