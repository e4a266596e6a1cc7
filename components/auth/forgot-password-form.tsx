"use client";
// "Forgot your password?": one email field. The answer is the same whether or not the address has an account.
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ForgotPasswordFormState } from "@/lib/actions/auth-form-states";
import { Field, Notice, SubmitButton } from "./form-parts";

type Props = {
  action: (state: ForgotPasswordFormState, formData: FormData) => Promise<ForgotPasswordFormState>;
  initialEmail?: string;
};

const INITIAL: ForgotPasswordFormState = { status: "idle", submission: 0 };

export function ForgotPasswordForm({ action, initialEmail }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const t = useTranslations("auth.forgotPassword");
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.submission > 0) noticeRef.current?.focus();
  }, [state.submission]);

  if (state.status === "sent") {
    return (
      <div className="space-y-4">
        <Notice kind="success" title={t("sentTitle")} noticeRef={noticeRef}>
          <p>{t("sent", { email: state.email ?? "" })}</p>
        </Notice>
        <p>{t("noAccount")}</p>
        <p>
          <Link href="/sign-in">{t("backToSignIn")}</Link>
        </p>
      </div>
    );
  }

  const invalid = state.status === "invalid";
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      {invalid ? (
        <Notice kind="error" noticeRef={noticeRef}>
          <p>
            <a href="#forgot-email">{t("invalidEmail")}</a>
          </p>
        </Notice>
      ) : null}
      <Field
        id="forgot-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        spellCheck={false}
        required
        defaultValue={initialEmail}
        errors={invalid ? [t("invalidEmail")] : []}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
