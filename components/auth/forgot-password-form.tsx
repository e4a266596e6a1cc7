"use client";
// "Forgot your password?": one email field. The answer is the same whether or not the address has an account.
import { Link } from "@/lib/i18n/navigation";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ForgotPasswordFormState } from "@/lib/actions/form-states";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: (state: ForgotPasswordFormState, formData: FormData) => Promise<ForgotPasswordFormState>;
  initialEmail?: string;
};

export function ForgotPasswordForm({ action, initialEmail }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useTranslations("auth.forgotPassword");

  if (state.status === "sent") {
    return (
      <div className="space-y-4">
        <FormAlert submission={state.submission} tone="success" title={t("sentTitle")}>
          <p>{t("sent", { email: state.email ?? "" })}</p>
        </FormAlert>
        <p>{t("noAccount")}</p>
        <p>
          <Link href="/sign-in">{t("backToSignIn")}</Link>
        </p>
      </div>
    );
  }

  const errors = state.status === "invalid" ? [t("invalidEmail")] : [];
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      {errors.length > 0 ? (
        <ErrorSummary
          submission={state.submission}
          title={t("summaryTitle")}
          items={errors.map((text) => ({ href: "#forgot-email", text }))}
        />
      ) : null}
      <Field id="forgot-email" label={t("email")} required errors={errors}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            dir="ltr"
            autoComplete="email"
            spellCheck={false}
            defaultValue={initialEmail}
            className={`${INPUT_CLASS} max-w-md`}
          />
        )}
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
