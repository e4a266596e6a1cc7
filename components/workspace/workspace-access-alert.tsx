"use client";
// What every workspace form says the same way when the save did not reach the rules: not allowed, signed out (the
// link opens sign-in in a new tab, so what was typed here stays), or the record is gone. `t` is the form's own
// namespace, which holds the words for its kind of record.
import { FormAlert } from "@/components/form/form-alert";
import type { Translate } from "@/components/form/messages";

type Props = { status: "refused" | "signed_out" | "not_found"; submission: number; t: Translate; signInHref: string };

const KEYS = { refused: "refused", signed_out: "signedOut", not_found: "notFound" } as const;

export function WorkspaceAccessAlert({ status, submission, t, signInHref }: Props) {
  const key = KEYS[status];
  return (
    <FormAlert submission={submission} title={t(`${key}.title`)}>
      <p>{t(`${key}.body`)}</p>
      {status === "signed_out" && (
        <p>
          <a href={signInHref} target="_blank" rel="noopener">
            {t("signedOut.link")}
          </a>
        </p>
      )}
    </FormAlert>
  );
}
