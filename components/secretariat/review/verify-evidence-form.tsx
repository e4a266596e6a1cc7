"use client";
import { useTranslations } from "next-intl";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { useErrorMessages } from "@/components/form/messages";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "../console-form-outcome";
import { useConsoleForm } from "../use-console-form";
import { isolate } from "@/lib/i18n/isolate";

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
  const message = useErrorMessages("review.errors");
  const { state, formAction, pending } = useConsoleForm(action);
  return (
    <form key={state.submission} action={formAction} className="space-y-2">
      <ConsoleFormOutcome state={state} fields={[]} message={message} compact />
      <input type="hidden" name="updateId" value={updateId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnQuery" value={returnQuery} />
      <SubmitButton
        pending={pending}
        aria-label={t("submitOn", { title: isolate(title) })}
        variant="secondary"
        size="small"
      >
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
