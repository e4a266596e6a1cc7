"use client";
// Works without JavaScript: the form posts straight to next-auth's credentials endpoint with the CSRF token the
// page read from this browser's cookie, and next-auth redirects to the callback (or back to the sign-in page with
// an error). With JavaScript, the same form signs in without a page reload and keeps the email on a failure.
// Errors, including "too many attempts, try again in N minutes", come as next-auth error codes either way
// (lib/auth/sign-in-errors.ts).
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { parseSignInError, type SignInError } from "@/lib/auth/sign-in-errors";

type Props = {
  csrfToken: string | null;
  callbackPath: string;
  initialEmail?: string;
  initialError: SignInError | null;
};

export function SignInForm({ csrfToken, callbackPath, initialEmail, initialError }: Props) {
  const t = useTranslations("auth.signIn");
  const [error, setError] = useState<SignInError | null>(initialError);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const errorId = useId();

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

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
    setPending(false);
  }

  const describedBy = error ? errorId : undefined;
  return (
    <form method="post" action="/api/auth/callback/credentials" onSubmit={handleSubmit} className="space-y-5">
      {error ? (
        <div
          id={errorId}
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${errorId}-title`}
          className="rounded border-l-4 border-danger bg-danger-light p-3 text-ink"
        >
          <p id={`${errorId}-title`} className="font-semibold">
            {t("errorTitle")}
          </p>
          <p>
            {"minutes" in error ? t(`errors.${error.kind}`, { minutes: error.minutes }) : t(`errors.${error.kind}`)}
          </p>
        </div>
      ) : null}
      {csrfToken ? <input type="hidden" name="csrfToken" value={csrfToken} /> : null}
      <input type="hidden" name="callbackUrl" value={callbackPath} />
      <div className="space-y-1">
        <label htmlFor="sign-in-email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          spellCheck={false}
          defaultValue={initialEmail}
          aria-describedby={describedBy}
          aria-invalid={error?.kind === "CredentialsSignin" || undefined}
          className="w-full max-w-md rounded border border-line-strong bg-paper px-3 py-2"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="sign-in-password" className="block font-medium">
          {t("password")}
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={describedBy}
          aria-invalid={error?.kind === "CredentialsSignin" || undefined}
          className="w-full max-w-md rounded border border-line-strong bg-paper px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
