"use client";
// Choose a password from an emailed link: accepting an invitation, or resetting a forgotten password. A plain
// <form action={serverAction}>: without JavaScript the browser posts it and the page comes back with the errors;
// with JavaScript, useActionState does the same without a reload. The passwords are never sent back to the page.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { SetPasswordFormState } from "@/lib/actions/form-states";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { ErrorSummary, summaryItems } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: (state: SetPasswordFormState, formData: FormData) => Promise<SetPasswordFormState>;
  token: string;
  email: string;
  submitLabel: string;
  submittingLabel: string;
  invalidLinkMessage: string;
};

const FIELDS = ["password", "confirm"] as const;

export function SetPasswordForm({ action, token, email, submitLabel, submittingLabel, invalidLinkMessage }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useTranslations("auth.password");
  const message = useErrorMessages("auth.password.errors");

  if (state.status === "invalid_link") {
    return (
      <FormAlert submission={state.submission} title={t("invalidLinkTitle")}>
        <p>{invalidLinkMessage}</p>
      </FormAlert>
    );
  }

  const errorsOf = (field: (typeof FIELDS)[number]) => (state.fieldErrors?.[field] ?? []).map((code) => message(code));
  const items = summaryItems(
    state.fieldErrors,
    (field, codes) => codes.map((code) => ({ href: `#new-${field}`, text: message(code) })),
    FIELDS,
  );

  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      {items.length > 0 ? (
        <ErrorSummary submission={state.submission} title={t("summaryTitle", { count: items.length })} items={items} />
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="new-password" label={t("newLabel")} hint={t("hint")} required errors={errorsOf("password")}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete="new-password"
            className={`${INPUT_CLASS} max-w-md`}
          />
        )}
      </Field>
      <Field id="new-confirm" label={t("confirmLabel")} required errors={errorsOf("confirm")}>
        {(control) => (
          <input
            {...control}
            name="confirm"
            type="password"
            autoComplete="new-password"
            className={`${INPUT_CLASS} max-w-md`}
          />
        )}
      </Field>
      <SubmitButton pending={pending} pendingLabel={submittingLabel}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
