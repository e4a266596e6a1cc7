"use client";
// The details of a commitment, as a focal point proposes one (mode "propose": with its pillars and meeting) or edits
// one of their member's (mode "edit": the meeting, pillars and source excerpt are not editable). A plain form posting
// to a server action: without JavaScript the page comes back with the errors and what was typed. The edit form
// carries the commitment's version, so a save over someone else's newer save is refused and shows what differs.
import { useActionState, useEffect, useRef, useState } from "react";
import {
  INITIAL_COMMITMENT_DETAILS_FORM_STATE,
  type CommitmentDetailsFormState,
} from "@/lib/actions/commitment-details-form-state";
import {
  BLANK_MILESTONE_ROWS,
  DESCRIPTION_MAX_LENGTH,
  DETAILS_FORM_NAMES as N,
  MAX_MILESTONES,
  PILLARS,
  TITLE_MAX_LENGTH,
  type CommitmentDetailsFormValues,
} from "@/lib/validation/commitment-details-fields";
import { fieldId } from "@/lib/validation/progress-update-fields";
import { ConflictTable } from "./conflict-table";
import {
  AccessAlert,
  AlertBox,
  describedBy,
  ErrorList,
  errorText,
  FieldError,
  inputClass,
  useLooseTranslations,
  type SummaryItem,
  type Translate,
} from "./form-parts";

type Option = { id: string; name: string };

type Props = {
  mode: "propose" | "edit";
  action: (state: CommitmentDetailsFormState, formData: FormData) => Promise<CommitmentDetailsFormState>;
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
type TextField = "title" | "targetDate" | "indicatorName" | "indicatorBaseline" | "indicatorTarget" | "indicatorUnit";

export function CommitmentDetailsForm(props: Props) {
  const {
    mode,
    action,
    initialValues,
    themes,
    meetings = [],
    commitmentId,
    version,
    lockedMilestoneIds = [],
    signInHref,
  } = props;
  const [state, formAction, pending] = useActionState(action, INITIAL_COMMITMENT_DETAILS_FORM_STATE);
  const t = useLooseTranslations("workspace.details");
  const tStatuses = useLooseTranslations("statuses");
  const alertRef = useRef<HTMLDivElement>(null);
  const [extraRows, setExtraRows] = useState(0);
  const [seenSubmission, setSeenSubmission] = useState(state.submission);
  if (seenSubmission !== state.submission) {
    setSeenSubmission(state.submission);
    setExtraRows(0);
  }

  useEffect(() => {
    if (state.submission > 0) alertRef.current?.focus();
  }, [state.submission]);

  const values = state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  const errorsAt = (path: string) => errors[path]?.map((code) => errorText(t, code, { max: LIMITS[path] ?? 0 }));
  const locked = new Set(lockedMilestoneIds);
  const blank = Math.max(0, Math.min(BLANK_MILESTONE_ROWS + extraRows, MAX_MILESTONES - values.milestones.length));
  const rows = [
    ...values.milestones,
    ...Array.from({ length: blank }, () => ({ id: "", title: "", dueDate: "", remove: false })),
  ];

  const text = (
    name: TextField,
    opts: { required?: boolean; hint?: boolean; type?: string; className?: string } = {},
  ) => {
    const invalid = Boolean(errors[name]);
    const hintId = opts.hint ? `${name}-hint` : null;
    return (
      <div className="space-y-1">
        <Label t={t} htmlFor={name} text={t(`fields.${name}.label`)} required={opts.required} />
        {hintId ? (
          <p id={hintId} className="text-sm text-ink-muted">
            {t(`fields.${name}.hint`, { max: LIMITS[name] ?? 0 })}
          </p>
        ) : null}
        <FieldError id={`${name}-error`} messages={errorsAt(name)} />
        <input
          id={name}
          name={N[name]}
          type={opts.type ?? "text"}
          defaultValue={values[name]}
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(hintId, invalid && `${name}-error`)}
          className={inputClass(invalid, opts.className)}
        />
      </div>
    );
  };

  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-8">
      <DetailsAlert state={state} alertRef={alertRef} signInHref={signInHref} themes={themes} />
      {mode === "edit" ? (
        <>
          <input type="hidden" name="commitmentId" value={commitmentId} />
          <input type="hidden" name="version" value={state.conflict?.version ?? version} />
        </>
      ) : null}
      <p className="text-sm text-ink-muted">{t("requiredNote")}</p>

      {text("title", { required: true, hint: true })}

      <div className="space-y-1">
        <Label t={t} htmlFor="description" text={t("fields.description.label")} required />
        <p id="description-hint" className="text-sm text-ink-muted">
          {t("fields.description.hint", { max: DESCRIPTION_MAX_LENGTH })}
        </p>
        <FieldError id="description-error" messages={errorsAt("description")} />
        <textarea
          id="description"
          name={N.description}
          defaultValue={values.description}
          rows={6}
          aria-invalid={Boolean(errors.description) || undefined}
          aria-describedby={describedBy("description-hint", errors.description && "description-error")}
          className={inputClass(Boolean(errors.description))}
        />
      </div>

      <CheckboxGroup
        t={t}
        id="themeIds"
        legend={t("fields.themeIds.legend")}
        hint={t("fields.themeIds.hint")}
        name={N.theme}
        options={themes}
        checked={values.themeIds}
        messages={errorsAt("themeIds")}
      />

      {mode === "propose" ? (
        <>
          <CheckboxGroup
            t={t}
            id="pillars"
            legend={t("fields.pillars.legend")}
            hint={t("fields.pillars.hint")}
            name={N.pillar}
            options={PILLARS.map((p) => ({ id: p, name: tStatuses(`pillar.${p}`) }))}
            checked={values.pillars}
            messages={errorsAt("pillars")}
          />
          <div className="space-y-1">
            <Label t={t} htmlFor="meetingId" text={t("fields.meetingId.label")} required />
            <FieldError id="meetingId-error" messages={errorsAt("meetingId")} />
            <select
              id="meetingId"
              name={N.meetingId}
              defaultValue={values.meetingId}
              aria-invalid={Boolean(errors.meetingId) || undefined}
              aria-describedby={describedBy(errors.meetingId && "meetingId-error")}
              className={inputClass(Boolean(errors.meetingId), "max-w-xl")}
            >
              <option value="">{t("fields.meetingId.choose")}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}

      {text("targetDate", { hint: true, type: "date", className: "max-w-xs" })}

      <fieldset
        className="space-y-3"
        aria-describedby={describedBy("milestones-hint", errors.milestones && "milestones-error")}
      >
        <legend className="font-semibold">
          {t("fields.milestones.legend")} <span className="font-normal text-ink-muted">({t("optional")})</span>
        </legend>
        <p id="milestones-hint" className="text-sm text-ink-muted">
          {t("fields.milestones.hint")}
        </p>
        <FieldError id="milestones-error" messages={errorsAt("milestones")} />
        <ol className="space-y-3">
          {rows.map((row, i) => {
            const number = i + 1;
            const titlePath = `milestones.${i}.title`;
            const duePath = `milestones.${i}.dueDate`;
            return (
              <li key={i} className="grid gap-2 rounded border border-line p-3 sm:grid-cols-[1fr_12rem]">
                <input type="hidden" name={N.milestoneId} value={row.id} />
                <div className="space-y-1">
                  <label htmlFor={fieldId(titlePath)} className="block text-sm font-semibold">
                    {t("fields.milestones.title", { number })}
                  </label>
                  <FieldError id={`${fieldId(titlePath)}-error`} messages={errorsAt(titlePath)} />
                  <input
                    id={fieldId(titlePath)}
                    name={N.milestoneTitle}
                    defaultValue={row.title}
                    autoComplete="off"
                    aria-invalid={Boolean(errors[titlePath]) || undefined}
                    aria-describedby={describedBy(errors[titlePath] && `${fieldId(titlePath)}-error`)}
                    className={inputClass(Boolean(errors[titlePath]))}
                  />
                </div>
                <div className="space-y-1">
                  <label htmlFor={fieldId(duePath)} className="block text-sm font-semibold">
                    {t("fields.milestones.dueDate", { number })}
                  </label>
                  <FieldError id={`${fieldId(duePath)}-error`} messages={errorsAt(duePath)} />
                  <input
                    id={fieldId(duePath)}
                    name={N.milestoneDueDate}
                    type="date"
                    defaultValue={row.dueDate}
                    aria-invalid={Boolean(errors[duePath]) || undefined}
                    aria-describedby={describedBy(errors[duePath] && `${fieldId(duePath)}-error`)}
                    className={inputClass(Boolean(errors[duePath]))}
                  />
                </div>
                {row.id ? (
                  locked.has(row.id) ? (
                    <p className="text-sm text-ink-muted sm:col-span-2">{t("fields.milestones.locked")}</p>
                  ) : (
                    <label className="flex items-center gap-2 text-sm sm:col-span-2">
                      <input
                        type="checkbox"
                        name={N.milestoneRemove}
                        value={row.id}
                        defaultChecked={row.remove}
                        className="size-4"
                      />
                      {t("fields.milestones.remove", { number })}
                    </label>
                  )
                ) : null}
              </li>
            );
          })}
        </ol>
        {rows.length < MAX_MILESTONES ? (
          <button
            type="button"
            onClick={() => setExtraRows((n) => n + 1)}
            className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand"
          >
            {t("fields.milestones.add")}
          </button>
        ) : null}
      </fieldset>

      <fieldset className="space-y-3" aria-describedby="indicator-hint">
        <legend className="font-semibold">
          {t("fields.indicator.legend")} <span className="font-normal text-ink-muted">({t("optional")})</span>
        </legend>
        <p id="indicator-hint" className="text-sm text-ink-muted">
          {t("fields.indicator.hint")}
        </p>
        {text("indicatorName")}
        <div className="grid gap-3 sm:grid-cols-3">
          {text("indicatorBaseline", { className: "max-w-[12rem]" })}
          {text("indicatorTarget", { className: "max-w-[12rem]" })}
          {text("indicatorUnit", { className: "max-w-[12rem]" })}
        </div>
      </fieldset>

      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
      >
        {mode === "propose" ? (pending ? t("proposing") : t("propose")) : pending ? t("saving") : t("save")}
      </button>
    </form>
  );
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

function CheckboxGroup(props: {
  t: Translate;
  id: string;
  legend: string;
  hint: string;
  name: string;
  options: Option[];
  checked: string[];
  messages: string[] | undefined;
}) {
  const { t, id, legend, hint, name, options, checked, messages } = props;
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={describedBy(`${id}-hint`, Boolean(messages?.length) && `${id}-error`)}
    >
      <legend className="font-semibold">
        {legend} <span className="font-normal text-ink-muted">({t("required")})</span>
      </legend>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {hint}
      </p>
      <FieldError id={`${id}-error`} messages={messages} />
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((option, i) => (
          <li key={option.id}>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                id={i === 0 ? id : undefined}
                name={name}
                value={option.id}
                defaultChecked={checked.includes(option.id)}
                className="mt-1 size-4"
              />
              <span>{option.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function DetailsAlert({
  state,
  alertRef,
  signInHref,
  themes,
}: {
  state: CommitmentDetailsFormState;
  alertRef: React.RefObject<HTMLDivElement | null>;
  signInHref: string;
  themes: Option[];
}) {
  const t = useLooseTranslations("workspace.details");
  const id = "details-alert";
  switch (state.status) {
    case "idle":
      return null;
    case "invalid": {
      const items: SummaryItem[] = Object.entries(state.fieldErrors ?? {}).flatMap(([path, codes]) =>
        codes.map((code) => ({
          href: `#${path === "milestones" ? "milestones-0-title" : fieldId(path)}`,
          text: errorText(t, code, { max: LIMITS[path] ?? 0 }),
        })),
      );
      return (
        <AlertBox id={id} alertRef={alertRef} title={t("errorSummary", { count: items.length })}>
          <ErrorList items={items} />
        </AlertBox>
      );
    }
    case "conflict": {
      const themeName = (value: string) => themes.find((theme) => theme.id === value)?.name ?? value;
      return (
        <AlertBox id={id} alertRef={alertRef} title={t("conflict.title")}>
          <p>{t("conflict.body")}</p>
          <ConflictTable
            t={t}
            namespace="conflict"
            changes={state.conflict?.changes ?? []}
            display={(field, value) => (field === "themes" ? themeName(value) : value)}
          />
          <p>{t("conflict.next")}</p>
        </AlertBox>
      );
    }
    case "refused":
    case "signed_out":
    case "not_found":
      return <AccessAlert status={state.status} t={t} id={id} alertRef={alertRef} signInHref={signInHref} />;
  }
}
