"use client";
// A small form posting to one of the reporting server actions (open or close a cycle, change a due date, send
// reminders). A plain <form action>: without JavaScript the browser posts it and the page comes back with the
// result; with JavaScript useActionState does the same without a reload. The result is announced (role="status"
// for success, role="alert" for a problem) next to the button that caused it.
import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { INITIAL_REPORTING_ACTION_STATE, type ReportingActionState } from "@/lib/actions/reporting-action-state";

type Props = {
  action: (state: ReportingActionState, formData: FormData) => Promise<ReportingActionState>;
  /** Hidden fields: name → value. */
  hidden?: Record<string, string>;
  submitLabel: string;
  /** Describes the button when its label alone is ambiguous in a table (e.g. "Send a reminder to Colombia"). */
  submitAccessibleName?: string;
  /** Shown before the button, e.g. what the action will do. */
  children?: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
};

export const BUTTON_CLASSES = {
  primary: "bg-brand text-paper hover:bg-brand-dark border-brand",
  secondary: "bg-paper text-brand border-brand hover:bg-brand-light",
  danger: "bg-danger text-paper border-danger hover:bg-[#8f1c13]",
};

export function ReportingActionForm({
  action,
  hidden = {},
  submitLabel,
  submitAccessibleName,
  children,
  variant = "secondary",
  className = "",
}: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_REPORTING_ACTION_STATE);
  return (
    <form key={state.submission} action={formAction} className={`space-y-2 ${className}`}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button
        type="submit"
        disabled={pending}
        aria-label={submitAccessibleName}
        className={`rounded border px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${BUTTON_CLASSES[variant]}`}
      >
        {submitLabel}
      </button>
      <ActionResult state={state} />
    </form>
  );
}

/** What the last submission did, in words. */
export function ActionResult({ state }: { state: ReportingActionState }) {
  const t = useTranslations("reporting.results");
  if (state.status === "idle") return null;
  if (state.status === "done") {
    return (
      <p role="status" className="text-sm font-semibold text-success">
        {t(state.message ?? "done", state.messageValues)}
      </p>
    );
  }
  const key =
    state.status === "signed_out"
      ? "signedOut"
      : state.status === "refused"
        ? "refused"
        : state.status === "invalid"
          ? "invalid"
          : (state.message ?? "failed");
  return (
    <p role="alert" className="text-sm font-semibold text-danger">
      {t(key, state.messageValues)}
    </p>
  );
}
