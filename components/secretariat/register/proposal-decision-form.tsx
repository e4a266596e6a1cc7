"use client";
// Approve a proposed commitment, or return it with a comment: one form, two buttons (decision=approve|return).
import { useTranslations } from "next-intl";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { DECISION_COMMENT_MAX_LENGTH } from "@/lib/validation/commitment-decision";
import { Field } from "@/components/form/field";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "../console-form-outcome";
import { useConsoleForm } from "../use-console-form";
import { isolate } from "@/lib/i18n/isolate";

type Props = {
  action: FormAction<ConsoleFormState>;
  commitmentId: string;
  version: number;
  title: string;
  returnQuery: string;
};

export function ProposalDecisionForm({ action, commitmentId, version, title, returnQuery }: Props) {
  const t = useTranslations("register");
  const errorMessage = useErrorMessages("register.errors");
  const { state, formAction, pending, errorsOf, valueOf } = useConsoleForm(action);
  const inputId = `comment-${commitmentId}`;
  const message = (code: string) => errorMessage(code, { max: DECISION_COMMENT_MAX_LENGTH });
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-3">
      <ConsoleFormOutcome
        state={state}
        message={message}
        fields={[{ name: "comment", inputId, label: t("fields.comment") }]}
      />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnQuery" value={returnQuery} />
      <Field
        id={inputId}
        label={t("fields.comment")}
        marker={t("hints.commentMarker")}
        required
        hint={t("hints.comment", { max: DECISION_COMMENT_MAX_LENGTH })}
        errors={errorsOf("comment").map(message)}
      >
        {(control) => (
          <textarea {...control} name="comment" rows={3} defaultValue={valueOf("comment")} className={INPUT_CLASS} />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <SubmitButton
          pending={pending}
          name="decision"
          value="approve"
          aria-label={t("commitments.approveTitle", { title: isolate(title) })}
        >
          {t("commitments.approve")}
        </SubmitButton>
        <SubmitButton
          pending={pending}
          name="decision"
          value="return"
          aria-label={t("commitments.returnTitle", { title: isolate(title) })}
          variant="secondary"
        >
          {t("commitments.return")}
        </SubmitButton>
      </div>
    </form>
  );
}
