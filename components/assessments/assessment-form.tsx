"use client";
// A reviewer's independent assessment of one commitment: their own rating on the status scale, the period it covers,
// a narrative in the language they write in, evidence links, and what only the secretariat may read (a passage, links
// marked "secretariat only": decision 0023). "Save draft" or "Submit for review" (one form, two
// buttons: intent=save|submit), so it works without JavaScript. The server decides (lib/mutations/write-assessment.ts).
import { useTranslations } from "next-intl";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { REPORTED_STATUSES } from "@/lib/domain/implementation-status";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { ASSESSMENT_EVIDENCE_ROWS, ASSESSMENT_NARRATIVE_MAX_LENGTH } from "@/lib/validation/assessment";
import { Field, FieldGroup } from "@/components/form/field";
import { LanguageSelect } from "@/components/form/language-select";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "@/components/secretariat/console-form-outcome";
import { useConsoleForm } from "@/components/secretariat/use-console-form";

type Props = {
  action: FormAction<ConsoleFormState>;
  commitmentId: string;
  assessment: { id: string; version: number } | null;
  /** What the form starts with: the open assessment's values, or an empty form. */
  initial: Record<string, string>;
  /** The page's language: the narrative's language unless one was chosen. */
  pageLocale: Locale;
};

const ROWS = Array.from({ length: ASSESSMENT_EVIDENCE_ROWS }, (_, i) => i);

export function AssessmentForm({ action, commitmentId, assessment, initial, pageLocale }: Props) {
  const t = useTranslations("assessments.form");
  const tStatus = useTranslations("statuses.implementation");
  const errorMessage = useErrorMessages("assessments.errors");
  const { state, formAction, pending, errorsOf, valueOf } = useConsoleForm(action);
  const value = (field: string) => valueOf(field, initial[field] ?? "");
  const message = (code: string) => errorMessage(code, { max: ASSESSMENT_NARRATIVE_MAX_LENGTH });
  const errors = (field: string) => errorsOf(field).map(message);
  const language = value("language");
  const evidenceErrors = Object.entries(state.fieldErrors ?? {})
    .filter(([path]) => path.startsWith("evidence"))
    .flatMap(([, codes]) => codes.map(message));
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-6">
      <ConsoleFormOutcome
        state={state}
        message={message}
        fields={[
          { name: "status", inputId: "status", label: t("status") },
          { name: "periodFrom", inputId: "periodFrom", label: t("periodFrom") },
          { name: "periodTo", inputId: "periodTo", label: t("periodTo") },
          { name: "narrative", inputId: "narrative", label: t("narrative") },
          { name: "privatePassage", inputId: "privatePassage", label: t("privatePassage") },
          { name: "language", inputId: "language", label: t("language") },
          ...ROWS.map((i) => ({ name: `evidence.${i}.url`, inputId: `evidenceUrl-${i}`, label: t("evidenceUrl") })),
        ]}
      />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="assessmentId" value={assessment?.id ?? ""} />
      <input type="hidden" name="version" value={assessment?.version ?? ""} />
      <Field
        id="status"
        label={t("status")}
        marker="required"
        required
        hint={t("statusHint")}
        errors={errors("status")}
      >
        {(control) => (
          <select {...control} name="status" defaultValue={value("status")} className={`${INPUT_CLASS} max-w-md`}>
            <option value="">{t("statusChoose")}</option>
            {REPORTED_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FieldGroup id="period" legend={t("period")} marker="required" hint={t("periodHint")}>
        <div className="flex flex-wrap gap-4">
          <Field id="periodFrom" label={t("periodFrom")} required errors={errors("periodFrom")}>
            {(control) => (
              <input
                {...control}
                type="date"
                name="periodFrom"
                defaultValue={value("periodFrom")}
                className={INPUT_CLASS}
              />
            )}
          </Field>
          <Field id="periodTo" label={t("periodTo")} required errors={errors("periodTo")}>
            {(control) => (
              <input
                {...control}
                type="date"
                name="periodTo"
                defaultValue={value("periodTo")}
                className={INPUT_CLASS}
              />
            )}
          </Field>
        </div>
      </FieldGroup>
      <Field
        id="narrative"
        label={t("narrative")}
        marker={t("narrativeMarker")}
        hint={t("narrativeHint", { max: ASSESSMENT_NARRATIVE_MAX_LENGTH })}
        errors={errors("narrative")}
      >
        {(control) => (
          <textarea {...control} name="narrative" rows={10} defaultValue={value("narrative")} className={INPUT_CLASS} />
        )}
      </Field>
      <Field
        id="privatePassage"
        label={t("privatePassage")}
        marker="optional"
        hint={t("privatePassageHint", { max: ASSESSMENT_NARRATIVE_MAX_LENGTH })}
        errors={errors("privatePassage")}
      >
        {(control) => (
          <textarea
            {...control}
            name="privatePassage"
            rows={4}
            defaultValue={value("privatePassage")}
            className={INPUT_CLASS}
            lang={isLocale(language) ? language : pageLocale}
          />
        )}
      </Field>
      <Field id="language" label={t("language")} hint={t("languageHint")} errors={errors("language")}>
        {(control) => (
          <LanguageSelect control={control} name="language" value={isLocale(language) ? language : pageLocale} />
        )}
      </Field>
      <FieldGroup
        id="evidence"
        legend={t("evidence")}
        marker="optional"
        hint={t("evidenceHint")}
        errors={evidenceErrors}
      >
        {ROWS.map((i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-2">
            <Field id={`evidenceUrl-${i}`} label={t("evidenceUrlN", { n: i + 1 })}>
              {(control) => (
                <input
                  {...control}
                  type="url"
                  name={`evidenceUrl.${i}`}
                  defaultValue={value(`evidenceUrl.${i}`)}
                  className={INPUT_CLASS}
                  dir="ltr"
                />
              )}
            </Field>
            <Field id={`evidenceLabel-${i}`} label={t("evidenceLabelN", { n: i + 1 })}>
              {(control) => (
                <input
                  {...control}
                  name={`evidenceLabel.${i}`}
                  defaultValue={value(`evidenceLabel.${i}`)}
                  className={INPUT_CLASS}
                />
              )}
            </Field>
            <div className="flex items-start gap-2 sm:col-span-2">
              <input
                id={`evidencePrivate-${i}`}
                type="checkbox"
                name={`evidencePrivate.${i}`}
                defaultChecked={value(`evidencePrivate.${i}`) !== ""}
                className="mt-1 size-4"
              />
              <label htmlFor={`evidencePrivate-${i}`} className="text-sm">
                {t("evidencePrivateN", { n: i + 1 })}
              </label>
            </div>
          </div>
        ))}
      </FieldGroup>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel={t("pending")} name="intent" value="submit">
          {t("submit")}
        </SubmitButton>
        <SubmitButton pending={pending} name="intent" value="save" variant="secondary">
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
