"use client";
// Works without JavaScript: the form posts straight to next-auth's credentials endpoint with the CSRF token the
// page read from this browser's cookie, and next-auth redirects to the callback (or back to the sign-in page with
// an error). With JavaScript, the same form signs in without a page reload and keeps the email on a failure.
// Errors, including "too many attempts, try again in N minutes", come as next-auth error codes either way
// (lib/auth/sign-in-errors.ts).
import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { parseSignInError, type SignInError } from "@/lib/auth/sign-in-errors";
import { Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  csrfToken: string | null;
  callbackPath: string;
  initialEmail?: string;
  initialError: SignInError | null;
};

export function SignInForm({ csrfToken, callbackPath, initialEmail, initialError }: Props) {
  const t = useTranslations("auth.signIn");
  const [error, setError] = useState<SignInError | null>(initialError);
  // Counts failed attempts like a form state's submissions: the alert is focused after each (and, without
  // JavaScript, when next-auth sent the browser back here with an error).
  const [failures, setFailures] = useState(initialError ? 1 : 0);
  const [pending, setPending] = useState(false);
  const errorId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: form.get("email"),
        password: form.get("password"),
        callbackUrl: callbackPath,
      });
      if (result?.ok && !result.error) {
        // A full navigation, so that every server-rendered part of the page (the header too) sees the session.
        window.location.assign(callbackPath);
        return;
      }
      setError(parseSignInError(result?.error) ?? { kind: "default" });
    } catch {
      setError({ kind: "default" });
    }
    setFailures((count) => count + 1);
    setPending(false);
  }

  // The alert describes both fields: which of the two was wrong is not said (that would tell an address exists).
  const invalid = error?.kind === "CredentialsSignin" || undefined;
  const wire = (control: { id: string }) => ({
    id: control.id,
    "aria-describedby": error ? errorId : undefined,
    "aria-invalid": invalid,
    required: true,
  });
  return (
    <form
      method="post"
      action="/api/auth/callback/credentials"
      onSubmit={(event) => void handleSubmit(event)}
      className="space-y-5"
    >
      {error ? (
        <div id={errorId}>
          <FormAlert submission={failures} title={t("errorTitle")}>
            <p>
              {"minutes" in error ? t(`errors.${error.kind}`, { minutes: error.minutes }) : t(`errors.${error.kind}`)}
            </p>
          </FormAlert>
        </div>
      ) : null}
      {csrfToken ? <input type="hidden" name="csrfToken" value={csrfToken} /> : null}
      <input type="hidden" name="callbackUrl" value={callbackPath} />
      <Field id="sign-in-email" label={t("email")}>
        {(control) => (
          <input
            {...wire(control)}
            name="email"
            type="email"
            dir="ltr"
            autoComplete="username"
            spellCheck={false}
            defaultValue={initialEmail}
            className={`${INPUT_CLASS} max-w-md`}
          />
        )}
      </Field>
      <Field id="sign-in-password" label={t("password")}>
        {(control) => (
          <input
            {...wire(control)}
            name="password"
            type="password"
            autoComplete="current-password"
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
