"use client";
// The bulk action of a list: the rows' checkboxes belong to this form through their `form` attribute, so ticking
// rows and pressing the button posts the ticked ids, with or without JavaScript.
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { useErrorMessages } from "@/components/form/messages";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "./console-form-outcome";
import { useConsoleForm } from "./use-console-form";

type Props = {
  action: FormAction<ConsoleFormState>;
  id: string;
  /** The checkboxes' name, for the error summary. */
  field: string;
  fieldLabel: string;
  legend: string;
  hint: string;
  submitLabel: string;
  returnQuery: string;
};

export function BulkActionForm({ action, id, field, fieldLabel, legend, hint, submitLabel, returnQuery }: Props) {
  const message = useErrorMessages("register.errors");
  const { state, formAction, pending } = useConsoleForm(action);
  return (
    // Not keyed on the submission: the checkboxes live outside this form and keep their ticks anyway.
    <form id={id} action={formAction} className="no-print space-y-2">
      <ConsoleFormOutcome
        state={state}
        fields={[{ name: field, inputId: `${id}-submit`, label: fieldLabel }]}
        message={message}
      />
      <fieldset className="space-y-2 rounded border border-line p-4">
        <legend className="font-semibold">{legend}</legend>
        <input type="hidden" name="returnQuery" value={returnQuery} />
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
        <SubmitButton id={`${id}-submit`} pending={pending} aria-describedby={`${id}-hint`} variant="danger">
          {submitLabel}
        </SubmitButton>
      </fieldset>
    </form>
  );
}
