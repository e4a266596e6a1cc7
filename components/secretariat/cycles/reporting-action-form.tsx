"use client";
// A small form posting to one of the reporting server actions (open or close a cycle, send reminders). A plain
// <form action>: without JavaScript the browser posts it and the page comes back with the result; with JavaScript
// useActionState does the same without a reload. The result is announced next to the button that caused it.
import { useActionState, type ReactNode } from "react";
import type { ReportingFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { FormAlert } from "@/components/form/form-alert";
import { useLooseTranslations } from "@/components/form/messages";
import type { ButtonVariant } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: FormAction<ReportingFormState>;
  /** Hidden fields: name → value. */
  hidden?: Record<string, string>;
  submitLabel: ReactNode;
  /** Describes the button when its label alone is ambiguous in a table (e.g. "Send a reminder to Colombia"). */
  submitAccessibleName?: string;
  /** Shown before the button, e.g. what the action will do. */
  children?: ReactNode;
  variant?: ButtonVariant;
  className?: string;
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
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form key={state.submission} action={formAction} className={`space-y-2 ${className}`}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton pending={pending} aria-label={submitAccessibleName} variant={variant} size="small">
        {submitLabel}
      </SubmitButton>
      <ReportingOutcome state={state} />
    </form>
  );
}

/** What the last submission did, in words (a key under "reporting.results"). */
export function ReportingOutcome({ state }: { state: ReportingFormState }) {
  const t = useLooseTranslations("reporting.results");
  if (state.status === "idle") return null;
  const key =
    state.status === "signed_out"
      ? "signedOut"
      : state.status === "refused"
        ? "refused"
        : state.status === "invalid"
          ? "invalid"
          : (state.message ?? (state.status === "done" ? "done" : "failed"));
  return (
    <FormAlert submission={state.submission} tone={state.status === "done" ? "success" : "error"} compact>
      <p>{t(key, state.messageValues)}</p>
    </FormAlert>
  );
}
