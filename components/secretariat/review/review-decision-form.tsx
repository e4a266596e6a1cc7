"use client";
// Publish or return one submitted update. A plain form with two submit buttons (decision=publish|return), so it
// works without JavaScript; the comment is required to return (the focal point must know what to fix), optional to
// publish.
import { useTranslations } from "next-intl";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { REVIEW_COMMENT_MAX_LENGTH } from "@/lib/validation/review-decision";
import { describedBy, Field, FieldError } from "@/components/form/field";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "../console-form-outcome";
import { useConsoleForm } from "../use-console-form";
import { isolate } from "@/lib/i18n/isolate";

type Props = {
  action: FormAction<ConsoleFormState>;
  updateId: string;
  version: number;
  title: string;
  hasEvidence: boolean;
  returnQuery: string;
  /** The buttons' accessible names when the item is not an update (an independent assessment). */
  names?: { publish: string; return: string };
};

export function ReviewDecisionForm({ action, updateId, version, title, hasEvidence, returnQuery, names }: Props) {
  const t = useTranslations("review.decision");
  const errorMessage = useErrorMessages("review.errors");
  const { state, formAction, pending, errorsOf, valueOf } = useConsoleForm(action);
  const id = (field: string) => `${field}-${updateId}`;
  const message = (code: string) => errorMessage(code, { max: REVIEW_COMMENT_MAX_LENGTH });
  const verifiedErrors = errorsOf("evidenceVerified").map(message);
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-4">
      <ConsoleFormOutcome
        state={state}
        message={message}
        fields={[
          { name: "comment", inputId: id("comment"), label: t("comment") },
          { name: "evidenceVerified", inputId: id("evidenceVerified"), label: t("evidenceVerified") },
        ]}
      />
      <input type="hidden" name="updateId" value={updateId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnQuery" value={returnQuery} />
      <Field
        id={id("comment")}
        label={t("comment")}
        marker={t("commentMarker")}
        required
        hint={t("commentHint", { max: REVIEW_COMMENT_MAX_LENGTH })}
        errors={errorsOf("comment").map(message)}
      >
        {(control) => (
          <textarea {...control} name="comment" rows={3} defaultValue={valueOf("comment")} className={INPUT_CLASS} />
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
              aria-invalid={verifiedErrors.length > 0 || undefined}
              aria-describedby={describedBy(
                id("evidenceVerified-hint"),
                verifiedErrors.length > 0 && id("evidenceVerified-error"),
              )}
              className="mt-1 size-5"
            />
            <label htmlFor={id("evidenceVerified")}>{t("evidenceVerified")}</label>
          </div>
          <p id={id("evidenceVerified-hint")} className="ps-7 text-sm text-ink-muted">
            {t("evidenceVerifiedHint")}
          </p>
          <div className="ps-7">
            <FieldError id={id("evidenceVerified-error")} messages={verifiedErrors} />
          </div>
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <SubmitButton
          pending={pending}
          pendingLabel={t("pending")}
          name="decision"
          value="publish"
          aria-label={names?.publish ?? t("publishOn", { title: isolate(title) })}
        >
          {t("publish")}
        </SubmitButton>
        <SubmitButton
          pending={pending}
          name="decision"
          value="return"
          aria-label={names?.return ?? t("returnOn", { title: isolate(title) })}
          variant="secondary"
        >
          {t("return")}
        </SubmitButton>
      </div>
    </form>
  );
}
