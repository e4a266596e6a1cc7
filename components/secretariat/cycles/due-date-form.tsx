"use client";
// "Change the due date" for one cycle: a date field and a button, with the error (if any) tied to the field.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ReportingFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { useErrorMessages } from "@/components/form/messages";
import { SubmitButton } from "@/components/form/submit-button";
import { ReportingOutcome } from "./reporting-action-form";

type Props = {
  action: FormAction<ReportingFormState>;
  cycleId: string;
  cycleName: string;
  /** The current due date, YYYY-MM-DD. */
  dueOn: string;
  min: string;
  max: string;
};

export function DueDateForm({ action, cycleId, cycleName, dueOn, min, max }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useTranslations("reporting.cycles.dueDate");
  const message = useErrorMessages("reporting.cycles.errors");
  const errors = (state.fieldErrors?.dueOn ?? []).map((code) => message(code));
  const id = `due-${cycleId}`;
  return (
    <form key={state.submission} action={formAction} className="space-y-1">
      {errors.length > 0 ? (
        <ErrorSummary
          submission={state.submission}
          title={t("errorSummary", { count: errors.length })}
          items={errors.map((text) => ({ href: `#${id}`, text }))}
          compact
        />
      ) : (
        <ReportingOutcome state={state} />
      )}
      <input type="hidden" name="cycleId" value={cycleId} />
      <Field
        id={id}
        label={t("label", { name: cycleName })}
        required
        errors={errors}
        labelClassName="block text-sm font-semibold"
      >
        {(control) => (
          <div className="flex flex-wrap items-center gap-2">
            <input
              {...control}
              name="dueOn"
              type="date"
              min={min}
              max={max}
              defaultValue={state.values?.dueOn ?? dueOn}
              className="rounded border border-line-strong bg-paper px-2 py-1 text-sm aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger"
            />
            <SubmitButton pending={pending} variant="secondary" size="small">
              {t("submit")}
            </SubmitButton>
          </div>
        )}
      </Field>
    </form>
  );
}
