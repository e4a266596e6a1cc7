"use client";
// The progress update's first fields: the implementation status, the percentage, what was done and in which language.
import { useLocale } from "next-intl";
import { REPORTED_STATUSES } from "@/lib/domain/implementation-status";
import {
  FORM_NAMES,
  NARRATIVE_MAX_LENGTH,
  type ProgressUpdateFormValues,
} from "@/lib/validation/progress-update-fields";
import { Field } from "@/components/form/field";
import { useLooseTranslations } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { localeNames, locales } from "@/lib/i18n/locales";

type Props = { values: ProgressUpdateFormValues; errorsAt: (path: string) => string[] };

export function UpdateCoreFields({ values, errorsAt }: Props) {
  const t = useLooseTranslations("workspace.update");
  const tStatuses = useLooseTranslations("statuses");
  const pageLocale = useLocale();
  return (
    <>
      <Field id="status" label={t("fields.status.label")} marker="required" required errors={errorsAt("status")}>
        {(control) => (
          <select
            {...control}
            name={FORM_NAMES.status}
            defaultValue={values.status}
            className={`${INPUT_CLASS} max-w-sm`}
          >
            <option value="">{t("fields.status.choose")}</option>
            {REPORTED_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatuses(`implementation.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="percentComplete"
        label={t("fields.percentComplete.label")}
        marker="optional"
        hint={t("fields.percentComplete.hint")}
        errors={errorsAt("percentComplete")}
      >
        {(control) => (
          <input
            {...control}
            name={FORM_NAMES.percentComplete}
            defaultValue={values.percentComplete}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className={`${INPUT_CLASS} max-w-[8rem]`}
          />
        )}
      </Field>
      <Field
        id="narrative"
        label={t("fields.narrative.label")}
        marker="required"
        hint={t("fields.narrative.hint", { max: NARRATIVE_MAX_LENGTH })}
        errors={errorsAt("narrative")}
      >
        {(control) => (
          <textarea
            {...control}
            name={FORM_NAMES.narrative}
            defaultValue={values.narrative}
            rows={8}
            className={INPUT_CLASS}
            lang={values.language || pageLocale}
          />
        )}
      </Field>
      <Field
        id="privatePassage"
        label={t("fields.privatePassage.label")}
        marker="optional"
        hint={t("fields.privatePassage.hint", { max: NARRATIVE_MAX_LENGTH })}
        errors={errorsAt("privatePassage")}
      >
        {(control) => (
          <textarea
            {...control}
            name={FORM_NAMES.privatePassage}
            defaultValue={values.privatePassage}
            rows={4}
            className={INPUT_CLASS}
            lang={values.language || pageLocale}
          />
        )}
      </Field>
      <Field
        id="language"
        label={t("fields.language.label")}
        marker="required"
        hint={t("fields.language.hint")}
        errors={errorsAt("language")}
      >
        {(control) => (
          <select
            {...control}
            name={FORM_NAMES.language}
            defaultValue={values.language || pageLocale}
            className={`${INPUT_CLASS} max-w-sm`}
          >
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {localeNames[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
