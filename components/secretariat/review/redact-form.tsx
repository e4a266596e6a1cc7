"use client";
// Redact one part of a published update (decision 0023): a reason is required, and the button names what goes.
import { useTranslations } from "next-intl";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { REDACTION_REASON_MAX_LENGTH } from "@/lib/validation/redaction";
import { Field } from "@/components/form/field";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "../console-form-outcome";
import { useConsoleForm } from "../use-console-form";

type Props = {
  action: FormAction<ConsoleFormState>;
  updateId: string;
  version: number;
  /** "narrative" or an evidence link's id. */
  part: string;
  /** The button's words, naming what it removes ("Redact the link “Annual report”"). */
  submitLabel: string;
};

export function RedactForm({ action, updateId, version, part, submitLabel }: Props) {
  const t = useTranslations("review.redact");
  const errorMessage = useErrorMessages("review.errors");
  const { state, formAction, pending, errorsOf, valueOf } = useConsoleForm(action);
  const reasonId = `reason-${part}`;
  const message = (code: string) => errorMessage(code, { max: REDACTION_REASON_MAX_LENGTH });
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-3">
      <ConsoleFormOutcome
        state={state}
        message={message}
        fields={[{ name: "reason", inputId: reasonId, label: t("reason") }]}
      />
      <input type="hidden" name="updateId" value={updateId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="part" value={part} />
      <Field
        id={reasonId}
        label={t("reason")}
        marker="required"
        required
        hint={t("reasonHint", { max: REDACTION_REASON_MAX_LENGTH })}
        errors={errorsOf("reason").map(message)}
      >
        {(control) => (
          <textarea {...control} name="reason" rows={2} defaultValue={valueOf("reason")} className={INPUT_CLASS} />
        )}
      </Field>
      <SubmitButton pending={pending} variant="secondary" size="small">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
