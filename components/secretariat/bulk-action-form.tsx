"use client";
// The bulk action of a list: the rows' checkboxes belong to this form through their `form` attribute, so ticking
// rows and pressing the button posts the ticked ids, with or without JavaScript.
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/safe-action";
import type { ConsoleFormState } from "@/lib/actions/console-form-state";
import { FormAlert } from "./form-alert";
import { DANGER_BUTTON_CLASS } from "./styles";
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
  const t = useTranslations("register");
  const { state, formAction, pending, alertRef } = useConsoleForm(action);
  const message = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}` as "errors.name.required") : code);
  return (
    // Not keyed on the submission: the checkboxes live outside this form and keep their ticks anyway.
    <form id={id} action={formAction} className="no-print space-y-2">
      <FormAlert
        state={state}
        alertRef={alertRef}
        id={id}
        fields={[{ name: field, inputId: `${id}-submit`, label: fieldLabel }]}
        message={message}
      />
      <fieldset className="space-y-2 rounded border border-line p-4">
        <legend className="font-semibold">{legend}</legend>
        <input type="hidden" name="returnQuery" value={returnQuery} />
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
        <button
          id={`${id}-submit`}
          type="submit"
          disabled={pending}
          aria-describedby={`${id}-hint`}
          className={DANGER_BUTTON_CLASS}
        >
          {submitLabel}
        </button>
      </fieldset>
    </form>
  );
}
