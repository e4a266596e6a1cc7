"use client";
// The "new reporting cycle" form. Errors are listed in a summary (focused after each submission) and next to each
// field, tied to it with aria-describedby and aria-invalid; what was typed comes back after a refused submission.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ReportingFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import {
  CYCLE_FIELDS,
  CYCLE_NAME_MAX_LENGTH,
  CYCLE_SLUG_MAX_LENGTH,
  type CycleField,
} from "@/lib/validation/reporting-cycle";
import { ErrorSummary, summaryItems } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { ReportingOutcome } from "./reporting-action-form";

type Props = { action: FormAction<ReportingFormState> };

const TYPES: Record<CycleField, "text" | "date"> = {
  name: "text",
  slug: "text",
  startsOn: "date",
  endsOn: "date",
  dueOn: "date",
};
const LIMITS = { name: CYCLE_NAME_MAX_LENGTH, slug: CYCLE_SLUG_MAX_LENGTH };

export function CreateCycleForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useTranslations("reporting.cycles.form");
  const message = useErrorMessages("reporting.cycles.errors");
  const errorsOf = (field: CycleField) => (state.fieldErrors?.[field] ?? []).map((code) => message(code, LIMITS));
  const items = summaryItems(
    state.fieldErrors,
    (field, codes) => [
      {
        href: `#cycle-${field}`,
        text: `${t(`${field as CycleField}.label`)}: ${codes.map((c) => message(c, LIMITS)).join(" ")}`,
      },
    ],
    CYCLE_FIELDS,
  );
  // After a success the form is empty again, ready for the next cycle.
  const values = state.status === "done" ? {} : (state.values ?? {});
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-xl space-y-4">
      {items.length > 0 ? (
        <ErrorSummary submission={state.submission} title={t("errorSummary", { count: items.length })} items={items} />
      ) : (
        <ReportingOutcome state={state} />
      )}
      {CYCLE_FIELDS.map((field) => (
        <Field
          key={field}
          id={`cycle-${field}`}
          label={t(`${field}.label`)}
          marker={field === "slug" ? "optional" : "required"}
          required={field !== "slug"}
          hint={t(`${field}.hint`, LIMITS)}
          errors={errorsOf(field)}
        >
          {(control) => (
            <input
              {...control}
              name={field}
              type={TYPES[field]}
              defaultValue={values[field] ?? ""}
              autoComplete="off"
              className={`${INPUT_CLASS} max-w-sm`}
            />
          )}
        </Field>
      ))}
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
