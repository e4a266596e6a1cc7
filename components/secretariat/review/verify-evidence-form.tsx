"use client";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/safe-action";
import type { ConsoleFormState } from "@/lib/actions/console-form-state";
import { FormAlert } from "../form-alert";
import { SMALL_BUTTON_CLASS } from "../styles";
import { useConsoleForm } from "../use-console-form";

type Props = {
  action: FormAction<ConsoleFormState>;
  updateId: string;
  version: number;
  title: string;
  returnQuery: string;
};

/** "Mark evidence verified" for one published update. */
export function VerifyEvidenceForm({ action, updateId, version, title, returnQuery }: Props) {
  const t = useTranslations("review.verify");
  const { state, formAction, pending, alertRef } = useConsoleForm(action);
  return (
    <form key={state.submission} action={formAction} className="space-y-2">
      <FormAlert state={state} alertRef={alertRef} id={`verify-${updateId}`} fields={[]} message={(code) => code} />
      <input type="hidden" name="updateId" value={updateId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnQuery" value={returnQuery} />
      <button type="submit" disabled={pending} aria-label={t("submitOn", { title })} className={SMALL_BUTTON_CLASS}>
        {t("submit")}
      </button>
    </form>
  );
}
