"use client";
// The "post a progress update" form. A plain <form action={serverAction}>: without JavaScript the browser posts it
// and the page comes back with the same state (errors, and what was typed); with JavaScript, useActionState does
// the same without a reload. Errors are listed in a summary (focused after each submission) and next to each field,
// tied to it with aria-describedby and aria-invalid.
import { useActionState, useEffect, useRef } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ProgressUpdateFormState } from "@/lib/actions/post-progress-update-state";
import { INITIAL_PROGRESS_UPDATE_FORM_STATE } from "@/lib/actions/post-progress-update-state";
import { REPORTED_STATUSES } from "@/lib/domain/implementation-status";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums";
import {
  DISCONTINUED_REASON_MAX_LENGTH,
  EVIDENCE_URL_MAX_LENGTH,
  NARRATIVE_MAX_LENGTH,
  PROGRESS_UPDATE_FIELDS,
  type ProgressUpdateField,
  type ProgressUpdateFormValues,
} from "@/lib/validation/progress-update-fields";

type Props = {
  action: (state: ProgressUpdateFormState, formData: FormData) => Promise<ProgressUpdateFormState>;
  commitmentId: string;
  version: number;
  initialValues: ProgressUpdateFormValues;
  signInHref: string;
};

const LIMITS = { max: NARRATIVE_MAX_LENGTH } as const;
const ERROR_VALUES: Record<ProgressUpdateField, Record<string, number>> = {
  status: {},
  percentComplete: {},
  narrative: { max: NARRATIVE_MAX_LENGTH },
  evidenceUrl: { max: EVIDENCE_URL_MAX_LENGTH },
  discontinuedReason: { max: DISCONTINUED_REASON_MAX_LENGTH },
};

export function ProgressUpdateForm({ action, commitmentId, version, initialValues, signInHref }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_PROGRESS_UPDATE_FORM_STATE);
  const t = useTranslations("workspace.update");
  const tStatus = useTranslations("statuses.implementation");
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.submission > 0) alertRef.current?.focus();
  }, [state.submission]);

  const values = state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  const errorFields = PROGRESS_UPDATE_FIELDS.filter((field) => errors[field]?.length);
  const messageFor = (field: ProgressUpdateField, code: string) => t(`errors.${code}`, ERROR_VALUES[field]);

  const field = (name: ProgressUpdateField, hasHint: boolean) => {
    const invalid = Boolean(errors[name]?.length);
    const describedBy = [hasHint ? `${name}-hint` : null, invalid ? `${name}-error` : null].filter(Boolean).join(" ");
    return {
      id: name,
      name,
      defaultValue: values[name],
      "aria-invalid": invalid || undefined,
      "aria-describedby": describedBy || undefined,
    };
  };
  const fieldError = (name: ProgressUpdateField) =>
    errors[name]?.length ? (
      <p id={`${name}-error`} className="font-semibold text-danger">
        {errors[name]!.map((code) => messageFor(name, code)).join(" ")}
      </p>
    ) : null;
  const label = (name: ProgressUpdateField, required: boolean) => (
    <label htmlFor={name} className="block font-semibold">
      {t(`fields.${name}.label`)}{" "}
      <span className="font-normal text-ink-muted">({required ? t("required") : t("optional")})</span>
    </label>
  );
  const inputClass = (name: ProgressUpdateField) =>
    `w-full rounded border bg-paper px-3 py-2 ${errors[name]?.length ? "border-2 border-danger" : "border-line-strong"}`;

  return (
    // Keyed on the submission, so that the fields show `values` (what was typed) after every round trip.
    <form key={state.submission} action={formAction} noValidate className="space-y-6">
      <Alert state={state} errorFields={errorFields} alertRef={alertRef} signInHref={signInHref} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={state.current?.version ?? version} />
      <p className="text-sm text-ink-muted">{t("requiredNote")}</p>

      <div className="space-y-1">
        {label("status", true)}
        {fieldError("status")}
        <select {...field("status", false)} required className={`${inputClass("status")} max-w-sm`}>
          <option value="">{t("fields.status.choose")}</option>
          {REPORTED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </select>
      </div>

      <div className="space-y-1">
        {label("percentComplete", false)}
        <p id="percentComplete-hint" className="text-sm text-ink-muted">
          {t("fields.percentComplete.hint")}
        </p>
        {fieldError("percentComplete")}
        <input
          {...field("percentComplete", true)}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className={`${inputClass("percentComplete")} max-w-[8rem]`}
        />
      </div>

      <div className="space-y-1">
        {label("narrative", true)}
        <p id="narrative-hint" className="text-sm text-ink-muted">
          {t("fields.narrative.hint", LIMITS)}
        </p>
        {fieldError("narrative")}
        <textarea {...field("narrative", true)} required rows={8} className={inputClass("narrative")} />
      </div>

      <div className="space-y-1">
        {label("evidenceUrl", false)}
        <p id="evidenceUrl-hint" className="text-sm text-ink-muted">
          {t("fields.evidenceUrl.hint")}
        </p>
        {fieldError("evidenceUrl")}
        <input
          {...field("evidenceUrl", true)}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          className={inputClass("evidenceUrl")}
        />
      </div>

      <div className="space-y-1">
        <label htmlFor="discontinuedReason" className="block font-semibold">
          {t("fields.discontinuedReason.label")}
        </label>
        <p id="discontinuedReason-hint" className="text-sm text-ink-muted">
          {t("fields.discontinuedReason.hint", { max: DISCONTINUED_REASON_MAX_LENGTH })}
        </p>
        {fieldError("discontinuedReason")}
        <textarea {...field("discontinuedReason", true)} rows={3} className={inputClass("discontinuedReason")} />
      </div>

      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

function Alert({
  state,
  errorFields,
  alertRef,
  signInHref,
}: {
  state: ProgressUpdateFormState;
  errorFields: ProgressUpdateField[];
  alertRef: React.RefObject<HTMLDivElement | null>;
  signInHref: string;
}) {
  const t = useTranslations("workspace.update");
  const tStatus = useTranslations("statuses.implementation");
  const tLabels = useTranslations("workspace.update.fields");
  const format = useFormatter();
  if (state.status === "idle") return null;
  const box = (title: string, body: React.ReactNode) => (
    <div
      ref={alertRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby="update-alert-title"
      className="space-y-2 rounded border-l-4 border-danger bg-danger-light p-4 text-ink"
    >
      <h2 id="update-alert-title" className="text-lg">
        {title}
      </h2>
      {body}
    </div>
  );
  switch (state.status) {
    case "invalid":
      return box(
        t("errorSummary", { count: errorFields.length }),
        <ul className="list-disc space-y-1 pl-5">
          {errorFields.map((name) => (
            <li key={name}>
              <a href={`#${name}`}>{tLabels(`${name}.label`)}</a>
            </li>
          ))}
        </ul>,
      );
    case "conflict": {
      const current = state.current;
      const status: ImplementationStatus | "NOT_REPORTED" = current?.status ?? "NOT_REPORTED";
      return box(
        t("conflict.title"),
        <p>
          {t("conflict.body", {
            status: tStatus(status),
            percent: current?.percentComplete ?? "none",
            when: current?.lastPublishedAt
              ? format.dateTime(new Date(current.lastPublishedAt), { dateStyle: "medium", timeStyle: "short" })
              : t("conflict.never"),
          })}
        </p>,
      );
    }
    case "refused":
      return box(t("refused.title"), <p>{t("refused.body")}</p>);
    case "signed_out":
      return box(
        t("signedOut.title"),
        <>
          <p>{t("signedOut.body")}</p>
          <p>
            <a href={signInHref} target="_blank" rel="noopener">
              {t("signedOut.link")}
            </a>
          </p>
        </>,
      );
    case "not_found":
      return box(t("notFound.title"), <p>{t("notFound.body")}</p>);
  }
}
