"use client";
// The secretariat's invitation form (app/secretariat/invitations). After a successful invitation the form is empty
// again, ready for the next person; after a refusal it keeps what was typed.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { InviteFormState } from "@/lib/actions/form-states";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { INVITE_FIELDS } from "@/lib/validation/invite-focal-point";
import { ErrorSummary, summaryItems } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { LanguageSelect } from "@/components/form/language-select";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { InviteOutcome } from "./invite-outcome";

type Props = {
  action: (state: InviteFormState, formData: FormData) => Promise<InviteFormState>;
  members: Array<{ id: string; name: string }>;
  /** Invite reviewers of accredited organisations (the accreditation page) rather than focal points. */
  role?: "REVIEWER";
};

export function InviteForm({ action, members, role }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useTranslations("auth.invitations");
  const message = useErrorMessages("auth.invitations.errors");
  const pageLocale = useLocale();
  const values = state.values ?? { email: "", name: "", memberId: "", locale: "", role: "" };
  // What was chosen, else the language the secretariat is working in.
  const locale = isLocale(values.locale) ? values.locale : isLocale(pageLocale) ? pageLocale : defaultLocale;
  const errorsOf = (field: string) => (state.fieldErrors?.[field] ?? []).map((code) => message(code));
  const items = summaryItems(
    state.fieldErrors,
    (field, codes) => codes.map((code) => ({ href: `#invite-${field}`, text: message(code) })),
    INVITE_FIELDS,
  );
  const inputClass = `${INPUT_CLASS} max-w-md`;

  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      <InviteOutcome state={state} />
      {role ? <input type="hidden" name="role" value={role} /> : null}
      {items.length > 0 ? (
        <ErrorSummary submission={state.submission} title={t("summaryTitle", { count: items.length })} items={items} />
      ) : null}
      <Field id="invite-email" label={t("email")} required errors={errorsOf("email")}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.email}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="invite-name" label={t("name")} required errors={errorsOf("name")}>
        {(control) => (
          <input
            {...control}
            name="name"
            type="text"
            autoComplete="off"
            defaultValue={values.name}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="invite-memberId" label={t("member")} required errors={errorsOf("memberId")}>
        {(control) => (
          <select {...control} name="memberId" defaultValue={values.memberId} className={inputClass}>
            <option value="">{t("chooseMember")}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="invite-locale" label={t("locale")} hint={t("localeHint")} required errors={errorsOf("locale")}>
        {(control) => <LanguageSelect control={control} name="locale" value={locale} />}
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
