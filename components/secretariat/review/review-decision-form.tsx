"use client";
// Publish or return one submitted update. A plain form with two submit buttons (decision=publish|return), so it
// works without JavaScript; the comment is required only to return.
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/safe-action";
import type { ConsoleFormState } from "@/lib/actions/console-form-state";
import { REVIEW_COMMENT_MAX_LENGTH } from "@/lib/validation/review-decision";
import { Field } from "../field";
import { FormAlert } from "../form-alert";
import { BUTTON_CLASS, INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "../styles";
import { useConsoleForm } from "../use-console-form";

type Props = {
  action: FormAction<ConsoleFormState>;
  updateId: string;
  version: number;
  title: string;
  hasEvidence: boolean;
  returnQuery: string;
};

export function ReviewDecisionForm({ action, updateId, version, title, hasEvidence, returnQuery }: Props) {
  const t = useTranslations("review");
  const { state, formAction, pending, alertRef, errorsOf, valueOf } = useConsoleForm(action);
  const id = (field: string) => `${field}-${updateId}`;
  const message = (code: string) => t(`errors.${code}`, { max: REVIEW_COMMENT_MAX_LENGTH });
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-4">
      <FormAlert
        state={state}
        alertRef={alertRef}
        id={`review-${updateId}`}
        message={message}
        fields={[
          { name: "comment", inputId: id("comment"), label: t("decision.comment") },
          { name: "evidenceVerified", inputId: id("evidenceVerified"), label: t("decision.evidenceVerified") },
        ]}
      />
      <input type="hidden" name="updateId" value={updateId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnQuery" value={returnQuery} />
      <Field
        inputId={id("comment")}
        label={t("decision.comment")}
        hint={t("decision.commentHint", { max: REVIEW_COMMENT_MAX_LENGTH })}
        errors={errorsOf("comment").map(message)}
      >
        {(input) => (
          <textarea {...input} name="comment" rows={3} defaultValue={valueOf("comment")} className={INPUT_CLASS} />
        )}
      </Field>
      {hasEvidence && (
        <div className="space-y-1">
          <div className="flex items-start gap-2">
            <input
              type="checkbox"
              id={id("evidenceVerified")}
              name="evidenceVerified"
              defaultChecked={valueOf("evidenceVerified") === "on"}
              aria-describedby={id("evidenceVerified-hint")}
              className="mt-1 size-5"
            />
            <label htmlFor={id("evidenceVerified")}>{t("decision.evidenceVerified")}</label>
          </div>
          <p id={id("evidenceVerified-hint")} className="pl-7 text-sm text-ink-muted">
            {t("decision.evidenceVerifiedHint")}
          </p>
          {errorsOf("evidenceVerified").length > 0 && (
            <p className="pl-7 font-semibold text-danger">{errorsOf("evidenceVerified").map(message).join(" ")}</p>
          )}
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="decision"
          value="publish"
          disabled={pending}
          aria-label={t("decision.publishOn", { title })}
          className={BUTTON_CLASS}
        >
          {pending ? t("decision.pending") : t("decision.publish")}
        </button>
        <button
          type="submit"
          name="decision"
          value="return"
          disabled={pending}
          aria-label={t("decision.returnOn", { title })}
          className={SECONDARY_BUTTON_CLASS}
        >
          {t("decision.return")}
        </button>
      </div>
    </form>
  );
}
