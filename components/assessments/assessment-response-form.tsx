"use client";
// A focal point's response to one published assessment of their member's commitment: published at once, under the
// assessment (docs/decisions/0022-independent-assessments.md).
import { useLocale, useTranslations } from "next-intl";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { RESPONSE_MAX_LENGTH } from "@/lib/validation/assessment";
import { Field } from "@/components/form/field";
import { LanguageSelect } from "@/components/form/language-select";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "@/components/secretariat/console-form-outcome";
import { useConsoleForm } from "@/components/secretariat/use-console-form";

type Props = { action: FormAction<ConsoleFormState>; assessmentId: string; organisation: string };

export function AssessmentResponseForm({ action, assessmentId, organisation }: Props) {
  const t = useTranslations("assessments.form");
  const errorMessage = useErrorMessages("assessments.errors");
  const pageLocale = useLocale();
  const { state, formAction, pending, errorsOf, valueOf } = useConsoleForm(action);
  const id = (field: string) => `${field}-${assessmentId}`;
  const message = (code: string) => errorMessage(code, { max: RESPONSE_MAX_LENGTH });
  const language = valueOf("language");
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-4">
      <ConsoleFormOutcome
        state={state}
        message={message}
        fields={[{ name: "text", inputId: id("text"), label: t("response") }]}
      />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <Field
        id={id("text")}
        label={t("response")}
        marker="required"
        required
        hint={t("responseHint", { organisation, max: RESPONSE_MAX_LENGTH })}
        errors={errorsOf("text").map(message)}
      >
        {(control) => (
          <textarea {...control} name="text" rows={5} defaultValue={valueOf("text")} className={INPUT_CLASS} />
        )}
      </Field>
      <Field id={id("language")} label={t("language")} errors={errorsOf("language").map(message)}>
        {(control) => (
          <LanguageSelect
            control={control}
            name="language"
            value={isLocale(language) ? language : isLocale(pageLocale) ? pageLocale : defaultLocale}
          />
        )}
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("publishResponse")}
      </SubmitButton>
    </form>
  );
}
