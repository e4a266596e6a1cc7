"use client";
import { useTranslations } from "next-intl";
import type { ConsoleFormState } from "@/lib/actions/console-form-state";

type Props = {
  state: ConsoleFormState;
  alertRef: React.RefObject<HTMLDivElement | null>;
  /** Unique on the page (several forms can share a page). */
  id: string;
  /** The form's fields in order, with the id of their input and their label: the summary links to each error. */
  fields: { name: string; inputId: string; label: string }[];
  /** The message of an error code, e.g. "isoCode.unknown". */
  message: (code: string) => string;
  signInHref?: string;
};

/** What happened to the last submission, in plain words: shown above the form and focused. */
export function FormAlert({ state, alertRef, id, fields, message, signInHref = "/sign-in" }: Props) {
  const t = useTranslations("secretariat.console.form");
  if (state.status === "idle") return null;
  const titleId = `${id}-alert-title`;
  const invalidFields = fields.filter((field) => state.fieldErrors?.[field.name]?.length);
  const formErrors = state.fieldErrors?.form ?? [];
  const [title, body]: [string, React.ReactNode] = (() => {
    switch (state.status) {
      case "invalid":
        return [
          t("invalid", { count: invalidFields.length + formErrors.length }),
          <ul key="list" className="list-disc space-y-1 pl-5">
            {invalidFields.map((field) => (
              <li key={field.name}>
                <a href={`#${field.inputId}`}>
                  {field.label}: {state.fieldErrors![field.name]!.map(message).join(" ")}
                </a>
              </li>
            ))}
            {formErrors.map((code) => (
              <li key={code}>{message(code)}</li>
            ))}
          </ul>,
        ];
      case "conflict":
        return [t("conflictTitle"), <p key="p">{t("conflict")}</p>];
      case "not_found":
        return [t("notFoundTitle"), <p key="p">{t("notFound")}</p>];
      case "wrong_state":
        return [t("wrongStateTitle"), <p key="p">{t("wrongState")}</p>];
      case "refused":
        return [t("refusedTitle"), <p key="p">{t("refused")}</p>];
      case "signed_out":
        return [
          t("signedOutTitle"),
          <p key="p">
            {t("signedOut")} <a href={signInHref}>{t("signIn")}</a>
          </p>,
        ];
    }
  })();
  return (
    <div
      ref={alertRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="space-y-2 rounded border-l-4 border-danger bg-danger-light p-4 text-ink"
    >
      <h3 id={titleId} className="text-lg font-semibold">
        {title}
      </h3>
      {body}
    </div>
  );
}
