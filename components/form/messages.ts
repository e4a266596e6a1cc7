// Message keys from the server, in words. Errors come as keys ("narrative.required"), never as text, so a form
// looks them up in its own namespace; an unknown key gets a general message, never the raw key on the page.
import { useTranslations } from "next-intl";

type Values = Record<string, string | number>;

/** A translator for a namespace, with keys as plain strings (the keys come from the server, not from the code). */
export type Translate = ((key: string, values?: Values) => string) & { has: (key: string) => boolean };

export function useLooseTranslations(namespace: string): Translate {
  return useTranslations(namespace);
}

/** The words for error keys kept under `namespace` (e.g. "review.errors"), or under common.form.errors for the
 * errors every form may get (text that cannot be stored: lib/forms/unstorable-text.ts). */
export function useErrorMessages(namespace: string): (code: string, values?: Values) => string {
  const t = useLooseTranslations(namespace);
  const tShared = useLooseTranslations("common.form.errors");
  const tForm = useTranslations("common.form");
  return (code, values) =>
    t.has(code) ? t(code, values) : tShared.has(code) ? tShared(code, values) : tForm("invalidField");
}
