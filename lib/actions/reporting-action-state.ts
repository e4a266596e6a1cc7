// The state of the reporting forms (cycles, reminders) between submissions (useActionState). Plain data only: it
// travels to the browser, and without JavaScript it is rendered into the page the form posts back to.
import type { CycleFieldErrors, CycleFormValues } from "@/lib/validation/reporting-cycle";

export type ReportingActionState = {
  status: "idle" | "done" | "invalid" | "error" | "refused" | "signed_out";
  /** Counts submissions; forms are keyed on it so that they re-render with `fields` as typed. */
  submission: number;
  /** Message key under "reporting.results", and its values. */
  message?: string;
  messageValues?: Record<string, string | number>;
  /** What was typed, after a refused submission. */
  fields?: Partial<CycleFormValues>;
  /** Message keys under "reporting.cycles.errors", per field. */
  fieldErrors?: CycleFieldErrors;
};

export const INITIAL_REPORTING_ACTION_STATE: ReportingActionState = { status: "idle", submission: 0 };

/** The previous state comes back from the browser (a hidden field without JavaScript): trust nothing in it. */
export function nextSubmission(previous: ReportingActionState | null | undefined): number {
  const count = Number(previous?.submission);
  return Number.isSafeInteger(count) && count >= 0 ? count + 1 : 1;
}

export function refusedState(
  reason: "unauthenticated" | "forbidden",
  _formData: FormData,
  previous: ReportingActionState,
): ReportingActionState {
  return { status: reason === "unauthenticated" ? "signed_out" : "refused", submission: nextSubmission(previous) };
}

export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** What the cycles page says after a change: the page reads these back and names the cycle from the database. */
export const CYCLE_CHANGES = ["created", "opened", "closed", "dueDateChanged"] as const;
export type CycleChange = (typeof CYCLE_CHANGES)[number];

export function cyclesPageAfter(change: CycleChange, slug: string): string {
  return `/secretariat/cycles?${new URLSearchParams({ done: change, cycle: slug })}`;
}
