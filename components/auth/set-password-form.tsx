"use client";
// Choose a password from an emailed link: accepting an invitation, or resetting a forgotten password. A plain
// <form action={serverAction}>: without JavaScript the browser posts it and the page comes back with the errors;
// with JavaScript, useActionState does the same without a reload. The passwords are never sent back to the page.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { SetPasswordFormState } from "@/lib/actions/auth-form-states";
import { ErrorSummary, Field, Notice, SubmitButton } from "./form-parts";

type Props = {
  action: (state: SetPasswordFormState, formData: FormData) => Promise<SetPasswordFormState>;
  token: string;
  email: string;
  submitLabel: string;
  submittingLabel: string;
  invalidLinkMessage: string;
};

const INITIAL: SetPasswordFormState = { status: "idle", submission: 0 };

export function SetPasswordForm({ action, token, email, submitLabel, submittingLabel, invalidLinkMessage }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const t = useTranslations("auth.password");
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.submission > 0) alertRef.current?.focus();
  }, [state.submission]);

  if (state.status === "invalid_link") {
    return (
      <Notice kind="error" title={t("invalidLinkTitle")} noticeRef={alertRef}>
        <p>{invalidLinkMessage}</p>
      </Notice>
    );
  }

  const errors = state.fieldErrors ?? {};
  const messages = (field: "password" | "confirm") => (errors[field] ?? []).map((code) => t(`errors.${code}`));
  const items = (["password", "confirm"] as const).flatMap((field) =>
    messages(field).map((text) => ({ fieldId: `new-${field}`, text })),
  );

  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      {items.length > 0 ? (
        <ErrorSummary title={t("summaryTitle", { count: items.length })} items={items} alertRef={alertRef} />
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        id="new-password"
        name="password"
        type="password"
        label={t("newLabel")}
        hint={t("hint")}
        autoComplete="new-password"
        required
        errors={messages("password")}
      />
      <Field
        id="new-confirm"
        name="confirm"
        type="password"
        label={t("confirmLabel")}
        autoComplete="new-password"
        required
        errors={messages("confirm")}
      />
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={submittingLabel} />
    </form>
  );
}
