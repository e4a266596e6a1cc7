"use client";
// Pieces shared by the workspace forms: the alert box at the top of a form, the error summary that links to each
// field, and the inline error and label of a field. The error summary follows the GOV.UK pattern: after a round trip
// it is focused, lists every problem, and each item moves focus to the field it is about.
import { useTranslations } from "next-intl";

/** A translator for the form's namespace, with keys as plain strings (error keys come from the server). */
export type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has: (key: string) => boolean;
};

export function useLooseTranslations(namespace: string): Translate {
  return useTranslations(namespace) as unknown as Translate;
}

/** The message for an error key, or a general one when the key is unknown (never a raw key on the page). */
export function errorText(t: Translate, code: string, values: Record<string, string | number> = {}): string {
  const key = `errors.${code}`;
  return t.has(key) ? t(key, values) : t("errors.invalid");
}

/**
 * What every workspace form says the same way when the save did not reach the rules: not allowed, signed out (the
 * link opens sign-in in a new tab, so what was typed here stays), or the record is gone.
 */
export function AccessAlert({
  status,
  t,
  id,
  alertRef,
  signInHref,
}: {
  status: "refused" | "signed_out" | "not_found";
  t: Translate;
  id: string;
  alertRef?: React.RefObject<HTMLDivElement | null>;
  signInHref: string;
}) {
  const key = { refused: "refused", signed_out: "signedOut", not_found: "notFound" }[status];
  return (
    <AlertBox id={id} alertRef={alertRef} title={t(`${key}.title`)}>
      <p>{t(`${key}.body`)}</p>
      {status === "signed_out" && (
        <p>
          <a href={signInHref} target="_blank" rel="noopener">
            {t("signedOut.link")}
          </a>
        </p>
      )}
    </AlertBox>
  );
}

export function AlertBox({
  title,
  tone = "danger",
  alertRef,
  id,
  children,
}: {
  title: string;
  tone?: "danger" | "success" | "info";
  alertRef?: React.RefObject<HTMLDivElement | null>;
  id: string;
  children?: React.ReactNode;
}) {
  const colours = {
    danger: "border-danger bg-danger-light",
    success: "border-success bg-success-light",
    info: "border-brand bg-brand-light",
  }[tone];
  return (
    <div
      ref={alertRef}
      tabIndex={-1}
      role={tone === "danger" ? "alert" : "status"}
      aria-labelledby={`${id}-title`}
      className={`space-y-2 rounded border-l-4 p-4 text-ink ${colours}`}
    >
      <h2 id={`${id}-title`} className="text-lg">
        {title}
      </h2>
      {children}
    </div>
  );
}

export type SummaryItem = { href: string; text: string };

export function ErrorList({ items }: { items: SummaryItem[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={`${item.href}-${item.text}`}>
          <a href={item.href} className="font-semibold text-danger underline">
            {item.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="font-semibold text-danger">
      {messages.join(" ")}
    </p>
  );
}

export function inputClass(invalid: boolean, extra = ""): string {
  return `w-full rounded border bg-paper px-3 py-2 ${
    invalid ? "border-2 border-danger" : "border-line-strong"
  } ${extra}`;
}

/** aria-describedby for an input with an optional hint and error. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}
