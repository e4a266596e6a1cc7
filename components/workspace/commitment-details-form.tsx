"use client";
// The details of a commitment, as a focal point proposes one (mode "propose": with its pillars and meeting) or edits
// one of their member's (mode "edit": the meeting, pillars and source excerpt are not editable). A plain form posting
// to a server action: without JavaScript the page comes back with the errors and what was typed. The edit form
// carries the commitment's version, so a save over someone else's newer save is refused and shows what differs.
import { useActionState } from "react";
import type { CommitmentDetailsFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import {
  DESCRIPTION_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type CommitmentDetailsFormValues,
} from "@/lib/validation/commitment-details-fields";
import { useErrorMessages, useLooseTranslations } from "@/components/form/messages";
import { SubmitButton } from "@/components/form/submit-button";
import { DetailsAlert } from "./details-alert";
import { DetailsDescriptionFields, type Option } from "./details-description-fields";
import { DetailsIndicatorFieldset } from "./details-indicator-fieldset";
import { DetailsMilestonesFieldset } from "./details-milestones-fieldset";
import { DetailsTextField } from "./details-text-field";

type Props = {
  mode: "propose" | "edit";
  action: FormAction<CommitmentDetailsFormState>;
  initialValues: CommitmentDetailsFormValues;
  themes: Option[];
  /** Propose only. */
  meetings?: Option[];
  /** Edit only. */
  commitmentId?: string;
  version?: number;
  /** Milestones on record as reached: they cannot be removed. */
  lockedMilestoneIds?: string[];
  signInHref: string;
};

const LIMITS: Record<string, number> = { title: TITLE_MAX_LENGTH, description: DESCRIPTION_MAX_LENGTH };

export function CommitmentDetailsForm(props: Props) {
  const { mode, action, initialValues, themes, meetings = [], commitmentId, version, signInHref } = props;
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useLooseTranslations("workspace.details");
  const errorMessage = useErrorMessages("workspace.details.errors");
  const values = state.values ?? initialValues;
  const message = (path: string, code: string) => errorMessage(code, { max: LIMITS[path] ?? 0 });
  const errorsAt = (path: string) => (state.fieldErrors?.[path] ?? []).map((code) => message(path, code));
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-8">
      <DetailsAlert state={state} signInHref={signInHref} themes={themes} message={message} />
      {mode === "edit" ? (
        <>
          <input type="hidden" name="commitmentId" value={commitmentId} />
          <input type="hidden" name="version" value={state.conflict?.version ?? version} />
        </>
      ) : null}
      <p className="text-sm text-ink-muted">{t("requiredNote")}</p>
      <DetailsTextField
        name="title"
        value={values.title}
        errors={errorsAt("title")}
        required
        hint={{ max: TITLE_MAX_LENGTH }}
      />
      <DetailsDescriptionFields mode={mode} values={values} themes={themes} meetings={meetings} errorsAt={errorsAt} />
      <DetailsTextField
        name="targetDate"
        value={values.targetDate}
        errors={errorsAt("targetDate")}
        hint={{}}
        type="date"
        className="max-w-xs"
      />
      <DetailsMilestonesFieldset
        rows={values.milestones}
        lockedIds={props.lockedMilestoneIds ?? []}
        errorsAt={errorsAt}
      />
      <DetailsIndicatorFieldset values={values} errorsAt={errorsAt} />
      <SubmitButton pending={pending} pendingLabel={mode === "propose" ? t("proposing") : t("saving")}>
        {mode === "propose" ? t("propose") : t("save")}
      </SubmitButton>
    </form>
  );
}
