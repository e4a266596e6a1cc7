"use client";
// /account/password: the current password, then the new one twice.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ChangePasswordFormState } from "@/lib/actions/form-states";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { ErrorSummary, summaryItems } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: (state: ChangePasswordFormState, formData: FormData) => Promise<ChangePasswordFormState>;
  email: string;
};

const FIELDS = [
  { name: "current", label: "currentLabel", autoComplete: "current-password", hint: false },
  { name: "password", label: "newLabel", autoComplete: "new-password", hint: true },
  { name: "confirm", label: "confirmLabel", autoComplete: "new-password", hint: false },
] as const;

export function ChangePasswordForm({ action, email }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useTranslations("auth.changePassword");
  const tPassword = useTranslations("auth.password");
  const message = useErrorMessages("auth.password.errors");
  const items = summaryItems(
    state.fieldErrors,
    (field, codes) => codes.map((code) => ({ href: `#change-${field}`, text: message(code) })),
    FIELDS.map((field) => field.name),
  );

  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      <ChangePasswordOutcome state={state} />
      {items.length > 0 ? (
        <ErrorSummary
          submission={state.submission}
          title={tPassword("summaryTitle", { count: items.length })}
          items={items}
        />
      ) : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          id={`change-${field.name}`}
          label={tPassword(field.label)}
          hint={field.hint ? tPassword("hint") : undefined}
          required
          errors={(state.fieldErrors?.[field.name] ?? []).map((code) => message(code))}
        >
          {(control) => (
            <input
              {...control}
              name={field.name}
              type="password"
              autoComplete={field.autoComplete}
              className={`${INPUT_CLASS} max-w-md`}
            />
          )}
        </Field>
      ))}
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

function ChangePasswordOutcome({ state }: { state: ChangePasswordFormState }) {
  const t = useTranslations("auth.changePassword");
  switch (state.status) {
    case "changed":
      return (
        <FormAlert submission={state.submission} tone="success">
          <p>{t("changed")}</p>
        </FormAlert>
      );
    case "locked":
      return (
        <FormAlert submission={state.submission}>
          <p>{t("locked", { minutes: state.minutes ?? 15 })}</p>
        </FormAlert>
      );
    // Changing one's own password is never refused to a signed-in person: a refusal means the session is gone.
    case "signed_out":
    case "refused":
      return (
        <FormAlert submission={state.submission}>
          <p>{t("signedOut")}</p>
        </FormAlert>
      );
    default:
      return null;
  }
}
