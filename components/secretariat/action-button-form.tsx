"use client";
// One button that posts one action for one row (deactivate, reactivate, move up…), with its outcome announced.
import type { ReactNode } from "react";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { useErrorMessages } from "@/components/form/messages";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "./console-form-outcome";
import { useConsoleForm } from "./use-console-form";

type Props = {
  action: FormAction<ConsoleFormState>;
  /** Unique on the page: the row's forms are told apart by it. */
  id: string;
  hidden: Record<string, string>;
  /** What the button says; words for screen readers only go in a visually hidden part (components/form/visually-hidden). */
  label: ReactNode;
  /** The accessible name, starting with `label` (e.g. "Deactivate Ana Díaz"), when `label` alone does not say it. */
  accessibleName?: string;
};

export function ActionButtonForm({ action, id, hidden, label, accessibleName }: Props) {
  const message = useErrorMessages("register.errors");
  const { state, formAction, pending } = useConsoleForm(action);
  return (
    <form key={state.submission} id={id} action={formAction} className="inline-block space-y-1">
      <ConsoleFormOutcome state={state} fields={[]} message={message} compact />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} aria-label={accessibleName} variant="secondary" size="small">
        {label}
      </SubmitButton>
    </form>
  );
}
