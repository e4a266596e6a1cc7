"use client";
// The "new reporting cycle" form. Errors are listed in a summary (focused after each submission) and next to each
// field, tied to it with aria-describedby and aria-invalid; what was typed comes back after a refused submission.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { INITIAL_REPORTING_ACTION_STATE, type ReportingActionState } from "@/lib/actions/reporting-action-state";
import {
  CYCLE_FIELDS,
  CYCLE_NAME_MAX_LENGTH,
  CYCLE_SLUG_MAX_LENGTH,
  type CycleField,
} from "@/lib/validation/reporting-cycle";
import { ActionResult, BUTTON_CLASSES } from "./reporting-action-form";

type Props = { action: (state: ReportingActionState, formData: FormData) => Promise<ReportingActionState> };

const TYPES: Record<CycleField, "text" | "date"> = {
  name: "text",
  slug: "text",
  startsOn: "date",
  endsOn: "date",
  dueOn: "date",
};
const LIMITS = { name: CYCLE_NAME_MAX_LENGTH, slug: CYCLE_SLUG_MAX_LENGTH };

export function CreateCycleForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_REPORTING_ACTION_STATE);
  const t = useTranslations("reporting.cycles.form");
  const tError = useTranslations("reporting.cycles.errors");
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "invalid") summaryRef.current?.focus();
  }, [state.submission, state.status]);

  const errors = state.fieldErrors ?? {};
  const invalidFields = CYCLE_FIELDS.filter((field) => errors[field]?.length);
  // After a success the form is empty again, ready for the next cycle.
  const values = state.status === "done" ? {} : (state.fields ?? {});
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-xl space-y-4">
      {invalidFields.length > 0 && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="cycle-errors-title"
          className="rounded border-2 border-danger bg-danger-light p-3"
        >
          <h3 id="cycle-errors-title" className="font-semibold">
            {t("errorSummary", { count: invalidFields.length })}
          </h3>
          <ul className="list-disc pl-5">
            {invalidFields.map((field) => (
              <li key={field}>
                <a href={`#cycle-${field}`}>{t(`${field}.label`)}</a>:{" "}
                {errors[field]!.map((code) => tError(code, LIMITS)).join(" ")}
              </li>
            ))}
          </ul>
        </div>
      )}
      {CYCLE_FIELDS.map((field) => {
        const invalid = Boolean(errors[field]?.length);
        const describedBy = [`cycle-${field}-hint`, invalid ? `cycle-${field}-error` : null].filter(Boolean).join(" ");
        return (
          <div key={field} className="space-y-1">
            <label htmlFor={`cycle-${field}`} className="block font-semibold">
              {t(`${field}.label`)}{" "}
              <span className="font-normal text-ink-muted">({field === "slug" ? t("optional") : t("required")})</span>
            </label>
            <p id={`cycle-${field}-hint`} className="text-sm text-ink-muted">
              {t(`${field}.hint`, LIMITS)}
            </p>
            {invalid && (
              <p id={`cycle-${field}-error`} className="font-semibold text-danger">
                {errors[field]!.map((code) => tError(code, LIMITS)).join(" ")}
              </p>
            )}
            <input
              id={`cycle-${field}`}
              name={field}
              type={TYPES[field]}
              defaultValue={values[field] ?? ""}
              required={field !== "slug"}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              autoComplete="off"
              className={`w-full max-w-sm rounded border bg-paper px-3 py-2 ${invalid ? "border-2 border-danger" : "border-line-strong"}`}
            />
          </div>
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className={`rounded border px-4 py-2 font-semibold disabled:opacity-60 ${BUTTON_CLASSES.primary}`}
      >
        {t("submit")}
      </button>
      {state.status !== "invalid" && <ActionResult state={state} />}
    </form>
  );
}
