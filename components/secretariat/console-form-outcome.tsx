"use client";
// What a console form says after a submission that did not redirect: the error summary, or why nothing was saved.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import { ErrorSummary, summaryItems } from "@/components/form/error-summary";
import { FormAlert } from "@/components/form/form-alert";

type Props = {
  state: ConsoleFormState;
  /** The form's fields in order, with the id of their input and their label: the summary links to each error. */
  fields: { name: string; inputId: string; label: string }[];
  /** The words of an error key, e.g. "isoCode.unknown". */
  message: (code: string) => string;
  /** Beside a row's button rather than above a form. */
  compact?: boolean;
};

const REASONS = {
  conflict: ["conflictTitle", "conflict"],
  not_found: ["notFoundTitle", "notFound"],
  wrong_state: ["wrongStateTitle", "wrongState"],
  refused: ["refusedTitle", "refused"],
  signed_out: ["signedOutTitle", "signedOut"],
} as const;

export function ConsoleFormOutcome({ state, fields, message, compact }: Props) {
  const t = useTranslations("secretariat.console.form");
  if (state.status === "idle") return null;
  if (state.status === "invalid") {
    const items = summaryItems(
      state.fieldErrors,
      (path, codes) => {
        const field = fields.find((f) => f.name === path);
        const text = codes.map(message).join(" ");
        // Errors of no field of the form (e.g. "form") have no input to go to: one line each, unlinked.
        return field
          ? [{ href: `#${field.inputId}`, text: `${field.label}: ${text}` }]
          : codes.map((code) => ({ text: message(code) }));
      },
      fields.map((field) => field.name),
    );
    return (
      <ErrorSummary
        submission={state.submission}
        title={t("invalid", { count: items.length })}
        items={items}
        compact={compact}
      />
    );
  }
  const [title, body] = REASONS[state.status];
  return (
    <FormAlert submission={state.submission} title={t(title)} compact={compact}>
      <p>
        {t(body)}
        {state.status === "signed_out" ? (
          <>
            {" "}
            <Link href="/sign-in">{t("signIn")}</Link>
          </>
        ) : null}
      </p>
    </FormAlert>
  );
}
