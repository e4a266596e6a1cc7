"use client";
// /account/password: the language of the site after sign-in and of the emails the tracker sends this person.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { PreferredLocaleFormState } from "@/lib/actions/form-states";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { localeNames, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { LanguageSelect } from "@/components/form/language-select";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: (state: PreferredLocaleFormState, formData: FormData) => Promise<PreferredLocaleFormState>;
  current: Locale;
};

export function PreferredLanguageForm({ action, current }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useTranslations("auth.language");
  const chosen = state.locale ?? current;
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      {state.status === "saved" && state.locale ? (
        <FormAlert submission={state.submission} tone="success">
          <p>{t("saved", { language: localeNames[state.locale] })}</p>
          <p>
            <a href={localizedPath(state.locale, "/account/password")} lang={state.locale} hrefLang={state.locale}>
              {t("continue", { language: localeNames[state.locale] })}
            </a>
          </p>
        </FormAlert>
      ) : null}
      <Field
        id="account-locale"
        label={t("label")}
        hint={t("hint")}
        errors={state.status === "invalid" ? [t("invalid")] : []}
      >
        {(control) => <LanguageSelect control={control} name="locale" value={chosen} />}
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
