"use client";
// The progress update form. A plain <form action={serverAction}> with two buttons, "Save draft" and "Submit for
// review" (name=intent): without JavaScript the browser posts it and the page comes back with the same state (errors,
// and what was typed); with JavaScript useActionState does the same without a reload, and autosave sends the draft
// to the same action while the person types (./use-autosave.ts). The draft's id and version travel in hidden fields:
// every save checks the version, so nothing saved elsewhere is silently overwritten.
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useFormatter } from "next-intl";
import {
  INITIAL_PROGRESS_UPDATE_FORM_STATE,
  type ProgressUpdateFormState,
} from "@/lib/actions/progress-update-form-state";
import { REPORTED_STATUSES } from "@/lib/domain/implementation-status";
import {
  BARRIER_DETAIL_MAX_LENGTH,
  BLANK_EVIDENCE_ROWS,
  EVIDENCE_LABEL_MAX_LENGTH,
  EVIDENCE_URL_MAX_LENGTH,
  FORM_NAMES,
  MAX_EVIDENCE_LINKS,
  NARRATIVE_MAX_LENGTH,
  fieldId,
  type ProgressUpdateFormValues,
} from "@/lib/validation/progress-update-fields";
import { UpdateFormAlert } from "./progress-update-alert";
import { describedBy, errorText, FieldError, inputClass, useLooseTranslations, type Translate } from "./form-parts";
import { savedTime } from "./saved-time";
import { useAutosave, type AutosaveStatus } from "./use-autosave";

export type MilestoneOption = { id: string; title: string; dueDate: string | null; reached: boolean };

type Props = {
  action: (state: ProgressUpdateFormState, formData: FormData) => Promise<ProgressUpdateFormState>;
  commitmentId: string;
  draft: { id: string; version: number } | null;
  initialValues: ProgressUpdateFormValues;
  milestones: MilestoneOption[];
  signInHref: string;
};

/** Values for the messages that mention a limit. */
const LIMITS: Record<string, number> = { max: NARRATIVE_MAX_LENGTH };
const ERROR_VALUES = (path: string): Record<string, number> =>
  path === "evidence" ? { max: MAX_EVIDENCE_LINKS } : path === "narrative" ? { max: NARRATIVE_MAX_LENGTH } : {};

export function ProgressUpdateForm({ action, commitmentId, draft, initialValues, milestones, signInHref }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_PROGRESS_UPDATE_FORM_STATE);
  const t = useLooseTranslations("workspace.update");
  const tStatuses = useLooseTranslations("statuses");
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // Which draft the next save writes over, and the version it expects: from the page, then from every save.
  const [identity, setIdentity] = useState(() => identityOf(state.draft, draft));
  const [seenSubmission, setSeenSubmission] = useState(state.submission);
  const [extraRows, setExtraRows] = useState(0);
  if (state.submission !== seenSubmission) {
    setSeenSubmission(state.submission);
    setExtraRows(0);
    if (state.draft) setIdentity(identityOf(state.draft, null));
  }

  // Autosave needs JavaScript: until the form is hydrated, typing is saved by the buttons only.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const onAutosaved = useCallback((saved: ProgressUpdateFormState) => {
    // Synchronously, so that a submit waiting for this save posts the new version.
    flushSync(() => setIdentity(identityOf(saved.draft, null)));
  }, []);
  const autosave = useAutosave({ formRef, action, onSaved: onAutosaved });
  const { resume } = autosave;

  useEffect(() => {
    if (state.submission === 0) return;
    resume(state.status === "saved", state.status === "conflict");
    alertRef.current?.focus();
  }, [state.submission, state.status, resume]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const inflight = autosave.pause();
    if (!inflight) return;
    // An autosave is on its way: post after it, with the version it leaves behind.
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void inflight.then(() => formRef.current?.requestSubmit(submitter as HTMLElement | null));
  };

  const values = state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  const errorsAt = (path: string) => errors[path]?.map((code) => errorText(t, code, ERROR_VALUES(path)));
  const evidenceRows = [
    ...values.evidence,
    ...Array.from(
      { length: Math.max(0, Math.min(BLANK_EVIDENCE_ROWS + extraRows, MAX_EVIDENCE_LINKS - values.evidence.length)) },
      () => ({
        url: "",
        label: "",
      }),
    ),
  ];
  const canAddRow = evidenceRows.length < MAX_EVIDENCE_LINKS;
  const selectable = milestones.filter((m) => !m.reached);

  return (
    // Keyed on the submission, so that the fields show `values` (what was typed) after every round trip.
    <form
      key={state.submission}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onInput={autosave.schedule}
      onChange={autosave.schedule}
      noValidate
      data-autosave={hydrated ? "on" : "off"}
      className="space-y-8"
    >
      <UpdateFormAlert
        state={state}
        alertRef={alertRef}
        signInHref={signInHref}
        milestones={milestones}
        firstMilestoneId={selectable[0] ? `milestone-${selectable[0].id}` : null}
      />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="draftId" value={identity.id} />
      <input type="hidden" name="version" value={identity.version} />
      <p className="text-sm text-ink-muted">{t("requiredNote")}</p>

      <div className="space-y-1">
        <Label t={t} htmlFor="status" text={t("fields.status.label")} required />
        <FieldError id="status-error" messages={errorsAt("status")} />
        <select
          id="status"
          name={FORM_NAMES.status}
          defaultValue={values.status}
          required
          aria-invalid={Boolean(errors.status) || undefined}
          aria-describedby={describedBy(errors.status && "status-error")}
          className={inputClass(Boolean(errors.status), "max-w-sm")}
        >
          <option value="">{t("fields.status.choose")}</option>
          {REPORTED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tStatuses(`implementation.${status}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="space-y-1">
        <Label t={t} htmlFor="percentComplete" text={t("fields.percentComplete.label")} />
        <p id="percentComplete-hint" className="text-sm text-ink-muted">
          {t("fields.percentComplete.hint")}
        </p>
        <FieldError id="percentComplete-error" messages={errorsAt("percentComplete")} />
        <input
          id="percentComplete"
          name={FORM_NAMES.percentComplete}
          defaultValue={values.percentComplete}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={Boolean(errors.percentComplete) || undefined}
          aria-describedby={describedBy("percentComplete-hint", errors.percentComplete && "percentComplete-error")}
          className={inputClass(Boolean(errors.percentComplete), "max-w-[8rem]")}
        />
      </div>

      <div className="space-y-1">
        <Label t={t} htmlFor="narrative" text={t("fields.narrative.label")} required />
        <p id="narrative-hint" className="text-sm text-ink-muted">
          {t("fields.narrative.hint", LIMITS)}
        </p>
        <FieldError id="narrative-error" messages={errorsAt("narrative")} />
        <textarea
          id="narrative"
          name={FORM_NAMES.narrative}
          defaultValue={values.narrative}
          rows={8}
          aria-invalid={Boolean(errors.narrative) || undefined}
          aria-describedby={describedBy("narrative-hint", errors.narrative && "narrative-error")}
          className={inputClass(Boolean(errors.narrative))}
        />
      </div>

      <fieldset
        className="space-y-3"
        aria-describedby={describedBy("evidence-hint", errors.evidence && "evidence-error")}
      >
        <legend className="font-semibold">
          {t("fields.evidence.legend")} <span className="font-normal text-ink-muted">({t("optional")})</span>
        </legend>
        <p id="evidence-hint" className="text-sm text-ink-muted">
          {t("fields.evidence.hint", { max: MAX_EVIDENCE_LINKS })}
        </p>
        <FieldError id="evidence-error" messages={errorsAt("evidence")} />
        <ol className="space-y-4">
          {evidenceRows.map((row, i) => {
            const number = i + 1;
            const urlPath = `evidence.${i}.url`;
            const labelPath = `evidence.${i}.label`;
            return (
              <li key={i} className="grid gap-2 rounded border border-line p-3 sm:grid-cols-2">
                <div className="space-y-1">
                  <label htmlFor={fieldId(urlPath)} className="block text-sm font-semibold">
                    {t("fields.evidence.url", { number })}
                  </label>
                  <FieldError id={`${fieldId(urlPath)}-error`} messages={errorsAt(urlPath)} />
                  <input
                    id={fieldId(urlPath)}
                    name={FORM_NAMES.evidenceUrl}
                    defaultValue={row.url}
                    type="url"
                    inputMode="url"
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={EVIDENCE_URL_MAX_LENGTH + 100}
                    aria-invalid={Boolean(errors[urlPath]) || undefined}
                    aria-describedby={describedBy(errors[urlPath] && `${fieldId(urlPath)}-error`)}
                    className={inputClass(Boolean(errors[urlPath]))}
                  />
                </div>
                <div className="space-y-1">
                  <label htmlFor={fieldId(labelPath)} className="block text-sm font-semibold">
                    {t("fields.evidence.label", { number })}{" "}
                    <span className="font-normal text-ink-muted">({t("fields.evidence.labelHint")})</span>
                  </label>
                  <FieldError id={`${fieldId(labelPath)}-error`} messages={errorsAt(labelPath)} />
                  <input
                    id={fieldId(labelPath)}
                    name={FORM_NAMES.evidenceLabel}
                    defaultValue={row.label}
                    type="text"
                    autoComplete="off"
                    maxLength={EVIDENCE_LABEL_MAX_LENGTH + 100}
                    aria-invalid={Boolean(errors[labelPath]) || undefined}
                    aria-describedby={describedBy(errors[labelPath] && `${fieldId(labelPath)}-error`)}
                    className={inputClass(Boolean(errors[labelPath]))}
                  />
                </div>
              </li>
            );
          })}
        </ol>
        {canAddRow ? (
          <button
            type="button"
            onClick={() => setExtraRows((n) => n + 1)}
            className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand"
          >
            {t("fields.evidence.add")}
          </button>
        ) : null}
      </fieldset>

      <fieldset
        className="space-y-2"
        aria-describedby={describedBy("milestones-hint", errors.milestones && "milestones-error")}
      >
        <legend className="font-semibold">
          {t("fields.milestones.legend")} <span className="font-normal text-ink-muted">({t("optional")})</span>
        </legend>
        {milestones.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("fields.milestones.none")}</p>
        ) : (
          <>
            <p id="milestones-hint" className="text-sm text-ink-muted">
              {t("fields.milestones.hint")}
            </p>
            <FieldError id="milestones-error" messages={errorsAt("milestones")} />
            <ul className="space-y-1">
              {milestones.map((m) => (
                <li key={m.id}>
                  {m.reached ? (
                    <span className="text-ink-muted">
                      <span aria-hidden="true">✓ </span>
                      {m.title} ({t("fields.milestones.reached")})
                    </span>
                  ) : (
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        id={`milestone-${m.id}`}
                        name={FORM_NAMES.milestone}
                        value={m.id}
                        defaultChecked={values.milestoneIds.includes(m.id)}
                        className="mt-1 size-4"
                      />
                      <span>
                        {m.title}
                        {m.dueDate ? <DueDate t={t} date={m.dueDate} /> : null}
                      </span>
                    </label>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>

      <fieldset
        className="space-y-3"
        aria-describedby={describedBy("barriers-hint", errors.barriers && "barriers-error")}
      >
        <legend className="font-semibold">
          {t("fields.barriers.legend")} <span className="font-normal text-ink-muted">({t("optional")})</span>
        </legend>
        <p id="barriers-hint" className="text-sm text-ink-muted">
          {t("fields.barriers.hint")}
        </p>
        <FieldError id="barriers-error" messages={errorsAt("barriers")} />
        <ul className="space-y-3">
          {values.barriers.map((barrier) => {
            const kindLabel = tStatuses(`barrier.${barrier.kind}`);
            const path = `barriers.${barrier.kind}`;
            return (
              <li key={barrier.kind} className="grid gap-2 sm:grid-cols-[12rem_1fr] sm:items-start">
                <label className="flex items-center gap-2 pt-2">
                  <input
                    type="checkbox"
                    id={`barrier-${barrier.kind}`}
                    name={FORM_NAMES.barrier}
                    value={barrier.kind}
                    defaultChecked={barrier.selected}
                    className="size-4"
                  />
                  <span>{kindLabel}</span>
                </label>
                <div className="space-y-1">
                  <label htmlFor={fieldId(path)} className="block text-sm text-ink-muted">
                    {t("fields.barriers.detail", { kind: kindLabel.toLowerCase() })} ({t("optional")})
                  </label>
                  <FieldError id={`${fieldId(path)}-error`} messages={errorsAt(path)} />
                  <input
                    id={fieldId(path)}
                    name={FORM_NAMES.barrierDetail(barrier.kind)}
                    defaultValue={barrier.detail}
                    type="text"
                    autoComplete="off"
                    maxLength={BARRIER_DETAIL_MAX_LENGTH + 100}
                    aria-invalid={Boolean(errors[path]) || undefined}
                    aria-describedby={describedBy(errors[path] && `${fieldId(path)}-error`)}
                    className={inputClass(Boolean(errors[path]))}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <AutosaveStatusLine status={autosave.status} />

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={pending}
          className="rounded border-2 border-brand bg-paper px-4 py-2 font-semibold text-brand hover:bg-brand-light disabled:opacity-70"
        >
          {pending ? t("saving") : t("save")}
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
        >
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}

function identityOf(
  fromState: ProgressUpdateFormState["draft"],
  fromPage: { id: string; version: number } | null,
): { id: string; version: string } {
  const source = fromState ?? fromPage;
  return { id: source?.id ?? "", version: source?.version != null ? String(source.version) : "" };
}

function Label({
  t,
  htmlFor,
  text,
  required = false,
}: {
  t: Translate;
  htmlFor: string;
  text: string;
  required?: boolean;
}) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {text} <span className="font-normal text-ink-muted">({required ? t("required") : t("optional")})</span>
    </label>
  );
}

function DueDate({ t, date }: { t: Translate; date: string }) {
  const format = useFormatter();
  return (
    <span className="text-sm text-ink-muted">
      {" "}
      ({t("fields.milestones.due", { date: format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium" }) })})
    </span>
  );
}

/** "Draft saved at 14:32" and the like, announced politely to screen readers. Always rendered, so announcements
 * are not lost when it first appears. */
function AutosaveStatusLine({ status }: { status: AutosaveStatus }) {
  const t = useLooseTranslations("workspace.update");
  const format = useFormatter();
  const text = (() => {
    switch (status.kind) {
      case "idle":
        return "";
      case "saving":
        return t("autosave.saving");
      case "saved":
        return t("autosave.saved", { time: savedTime(format, status.at) });
      case "invalid":
        return t("autosave.invalid", { count: status.count });
      case "conflict":
        return t("autosave.conflict");
      case "signed_out":
        return t("autosave.signedOut");
      case "failed":
        return t("autosave.failed");
    }
  })();
  return (
    <p role="status" aria-live="polite" className="min-h-6 text-sm text-ink-muted" data-testid="autosave-status">
      {text}
    </p>
  );
}
