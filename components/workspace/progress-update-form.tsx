"use client";
// The progress update form. A plain <form action={serverAction}> with two buttons, "Save draft" and "Submit for
// review" (name=intent): without JavaScript the browser posts it and the page comes back with the same state (errors,
// and what was typed); with JavaScript useActionState does the same without a reload, and autosave sends the draft
// to the same action while the person types (./use-draft-saves.ts).
import { useActionState, useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/hooks/use-hydrated";
import type { ProgressUpdateFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import {
  MAX_EVIDENCE_LINKS,
  NARRATIVE_MAX_LENGTH,
  progressUpdateValuesFromForm,
  type ProgressUpdateFormValues,
} from "@/lib/validation/progress-update-fields";
import { useErrorMessages, useLooseTranslations } from "@/components/form/messages";
import { SubmitButton } from "@/components/form/submit-button";
import { AutosaveStatusLine } from "./autosave-status-line";
import { UpdateFormAlert } from "./progress-update-alert";
import { UpdateBarriersFieldset } from "./update-barriers-fieldset";
import { UpdateCoreFields } from "./update-core-fields";
import { UpdateEvidenceFieldset } from "./update-evidence-fieldset";
import { UnsavedTextNotice } from "./unsaved-text-notice";
import { UpdateMilestonesFieldset, type MilestoneOption } from "./update-milestones-fieldset";
import { useDraftSaves } from "./use-draft-saves";

type Props = {
  action: FormAction<ProgressUpdateFormState>;
  commitmentId: string;
  draft: { id: string; version: number } | null;
  initialValues: ProgressUpdateFormValues;
  milestones: MilestoneOption[];
  signInHref: string;
};

/** Values for the messages that mention a limit. */
const limitOf = (path: string): Record<string, number> =>
  path === "evidence"
    ? { max: MAX_EVIDENCE_LINKS }
    : path === "narrative" || path === "privatePassage"
      ? { max: NARRATIVE_MAX_LENGTH }
      : {};

export function ProgressUpdateForm({ action, commitmentId, draft, initialValues, milestones, signInHref }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useLooseTranslations("workspace.update");
  const errorMessage = useErrorMessages("workspace.update.errors");
  const formRef = useRef<HTMLFormElement>(null);
  const { identity, autosave, unsaved, onEdit, onSubmit } = useDraftSaves({
    state,
    commitmentId,
    draft,
    formRef,
    action,
  });
  // Text kept in the browser and put back (./use-unsaved-text.ts): shown until the next submission answers.
  const [restored, setRestored] = useState<{ submission: number; values: ProgressUpdateFormValues } | null>(null);
  const { schedule } = autosave;
  useEffect(() => {
    // Put back, not yet stored: autosave stores it.
    if (restored) schedule();
  }, [restored, schedule]);
  // Autosave needs JavaScript: until the form is hydrated, typing is saved by the buttons only.
  const hydrated = useHydrated();

  const restoredValues = restored?.submission === state.submission ? restored.values : null;
  const values = restoredValues ?? state.values ?? initialValues;
  const restore = () => {
    if (!unsaved.offer) return;
    const kept = new FormData();
    for (const [name, value] of unsaved.offer.entries) kept.append(name, value);
    setRestored({ submission: state.submission, values: progressUpdateValuesFromForm(kept) });
    unsaved.close(true);
  };
  const message = (path: string, code: string) => errorMessage(code, limitOf(path));
  const errorsAt = (path: string) => (state.fieldErrors?.[path] ?? []).map((code) => message(path, code));
  return (
    // Keyed on the submission, so that the fields show `values` (what was typed) after every round trip.
    <form
      key={`${state.submission}${restoredValues ? "-restored" : ""}`}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onInput={onEdit}
      onChange={onEdit}
      noValidate
      data-autosave={hydrated ? "on" : "off"}
      className="space-y-8"
    >
      <UpdateFormAlert state={state} signInHref={signInHref} milestones={milestones} message={message} />
      {unsaved.offer ? (
        <UnsavedTextNotice kept={unsaved.offer} onRestore={restore} onDiscard={() => unsaved.close(false)} />
      ) : null}
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="draftId" value={identity.id} />
      <input type="hidden" name="version" value={identity.version} />
      <p className="text-sm text-ink-muted">{t("requiredNote")}</p>
      <UpdateCoreFields values={values} errorsAt={errorsAt} />
      <UpdateEvidenceFieldset rows={values.evidence} errorsAt={errorsAt} />
      <UpdateMilestonesFieldset milestones={milestones} checked={values.milestoneIds} errors={errorsAt("milestones")} />
      <UpdateBarriersFieldset barriers={values.barriers} errorsAt={errorsAt} />
      <AutosaveStatusLine status={autosave.status} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel={t("saving")} name="intent" value="save" variant="secondary">
          {t("save")}
        </SubmitButton>
        <SubmitButton pending={pending} pendingLabel={t("submitting")} name="intent" value="submit">
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
