"use client";
// /account/password: the current password, then the new one twice.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ChangePasswordFormState } from "@/lib/actions/auth-form-states";
import { ErrorSummary, Field, Notice, SubmitButton } from "./form-parts";

type Props = {
  action: (state: ChangePasswordFormState, formData: FormData) => Promise<ChangePasswordFormState>;
  email: string;
};

const INITIAL: ChangePasswordFormState = { status: "idle", submission: 0 };
const FIELDS = ["current", "password", "confirm"] as const;

export function ChangePasswordForm({ action, email }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const t = useTranslations("auth.changePassword");
  const tPassword = useTranslations("auth.password");
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.submission > 0) alertRef.current?.focus();
  }, [state.submission]);

  const errors = state.fieldErrors ?? {};
  const messages = (field: (typeof FIELDS)[number]) => (errors[field] ?? []).map((code) => tPassword(`errors.${code}`));
  const items = FIELDS.flatMap((field) => messages(field).map((text) => ({ fieldId: `change-${field}`, text })));

  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      {state.status === "changed" ? (
        <Notice kind="success" noticeRef={alertRef}>
          <p>{t("changed")}</p>
        </Notice>
      ) : null}
      {state.status === "locked" ? (
        <Notice kind="error" noticeRef={alertRef}>
          <p>{t("locked", { minutes: state.minutes ?? 15 })}</p>
        </Notice>
      ) : null}
      {state.status === "signed_out" ? (
        <Notice kind="error" noticeRef={alertRef}>
          <p>{t("signedOut")}</p>
        </Notice>
      ) : null}
      {items.length > 0 ? (
        <ErrorSummary title={tPassword("summaryTitle", { count: items.length })} items={items} alertRef={alertRef} />
      ) : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        id="change-current"
        name="current"
        type="password"
        label={tPassword("currentLabel")}
        autoComplete="current-password"
        required
        errors={messages("current")}
      />
      <Field
        id="change-password"
        name="password"
        type="password"
        label={tPassword("newLabel")}
        hint={tPassword("hint")}
        autoComplete="new-password"
        required
        errors={messages("password")}
      />
      <Field
        id="change-confirm"
        name="confirm"
        type="password"
        label={tPassword("confirmLabel")}
        autoComplete="new-password"
        required
        errors={messages("confirm")}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
