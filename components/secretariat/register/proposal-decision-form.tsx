"use client";
// Approve a proposed commitment, or return it with a comment: one form, two buttons (decision=approve|return).
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/safe-action";
import type { ConsoleFormState } from "@/lib/actions/console-form-state";
import { DECISION_COMMENT_MAX_LENGTH } from "@/lib/validation/commitment-decision";
import { Field } from "../field";
import { FormAlert } from "../form-alert";
import { BUTTON_CLASS, INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "../styles";
import { useConsoleForm } from "../use-console-form";

type Props = {
  action: FormAction<ConsoleFormState>;
  commitmentId: string;
  version: number;
  title: string;
  returnQuery: string;
};

export function ProposalDecisionForm({ action, commitmentId, version, title, returnQuery }: Props) {
  const t = useTranslations("register");
  const { state, formAction, pending, alertRef, errorsOf, valueOf } = useConsoleForm(action);
  const inputId = `comment-${commitmentId}`;
  const message = (code: string) =>
    t(`errors.${code}` as "errors.comment.required", { max: DECISION_COMMENT_MAX_LENGTH });
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-3">
      <FormAlert
        state={state}
        alertRef={alertRef}
        id={`proposal-${commitmentId}`}
        message={message}
        fields={[{ name: "comment", inputId, label: t("fields.comment") }]}
      />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnQuery" value={returnQuery} />
      <Field
        inputId={inputId}
        label={t("fields.comment")}
        hint={t("hints.comment", { max: DECISION_COMMENT_MAX_LENGTH })}
        errors={errorsOf("comment").map(message)}
      >
        {(input) => (
          <textarea {...input} name="comment" rows={3} defaultValue={valueOf("comment")} className={INPUT_CLASS} />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="decision"
          value="approve"
          disabled={pending}
          aria-label={t("commitments.approveTitle", { title })}
          className={BUTTON_CLASS}
        >
          {t("commitments.approve")}
        </button>
        <button
          type="submit"
          name="decision"
          value="return"
          disabled={pending}
          aria-label={t("commitments.returnTitle", { title })}
          className={SECONDARY_BUTTON_CLASS}
        >
          {t("commitments.return")}
        </button>
      </div>
    </form>
  );
}
