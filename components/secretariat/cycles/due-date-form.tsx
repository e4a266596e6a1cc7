"use client";
// "Change the due date" for one cycle: a date field and a button, with the error (if any) tied to the field.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { INITIAL_REPORTING_ACTION_STATE, type ReportingActionState } from "@/lib/actions/reporting-action-state";
import { ActionResult, BUTTON_CLASSES } from "./reporting-action-form";

type Props = {
  action: (state: ReportingActionState, formData: FormData) => Promise<ReportingActionState>;
  cycleId: string;
  cycleName: string;
  /** The current due date, YYYY-MM-DD. */
  dueOn: string;
  min: string;
  max: string;
};

export function DueDateForm({ action, cycleId, cycleName, dueOn, min, max }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_REPORTING_ACTION_STATE);
  const t = useTranslations("reporting.cycles");
  const errors = state.fieldErrors?.dueOn ?? [];
  const id = `due-${cycleId}`;
  return (
    <form key={state.submission} action={formAction} className="space-y-1">
      <input type="hidden" name="cycleId" value={cycleId} />
      <label htmlFor={id} className="block text-sm font-semibold">
        {t("dueDate.label", { name: cycleName })}
      </label>
      {errors.length > 0 && (
        <p id={`${id}-error`} className="text-sm font-semibold text-danger">
          {errors.map((code) => t(`errors.${code}`)).join(" ")}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          name="dueOn"
          type="date"
          required
          min={min}
          max={max}
          defaultValue={state.fields?.dueOn ?? dueOn}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
          className="rounded border border-line-strong bg-paper px-2 py-1 text-sm"
        />
        <button
          type="submit"
          disabled={pending}
          className={`rounded border px-3 py-1 text-sm font-semibold disabled:opacity-60 ${BUTTON_CLASSES.secondary}`}
        >
          {t("dueDate.submit")}
        </button>
      </div>
      {state.status !== "invalid" && <ActionResult state={state} />}
    </form>
  );
}
