"use client";
// The evidence links of a progress update: the rows typed so far and a few empty ones (without JavaScript, saving
// the draft offers more; with it, "Add another link" does).
import { useState } from "react";
import {
  BLANK_EVIDENCE_ROWS,
  EVIDENCE_LABEL_MAX_LENGTH,
  EVIDENCE_URL_MAX_LENGTH,
  fieldId,
  FORM_NAMES,
  MAX_EVIDENCE_LINKS,
  type EvidenceRow,
} from "@/lib/validation/progress-update-fields";
import { Field, FieldGroup } from "@/components/form/field";
import { useLooseTranslations } from "@/components/form/messages";
import { buttonClass, INPUT_CLASS } from "@/components/form/styles";

type Props = { rows: EvidenceRow[]; errorsAt: (path: string) => string[] };

export function UpdateEvidenceFieldset({ rows, errorsAt }: Props) {
  const t = useLooseTranslations("workspace.update");
  const [extraRows, setExtraRows] = useState(0);
  const blank = Math.max(0, Math.min(BLANK_EVIDENCE_ROWS + extraRows, MAX_EVIDENCE_LINKS - rows.length));
  const shown = [...rows, ...Array.from({ length: blank }, () => ({ url: "", label: "", secretariatOnly: false }))];
  return (
    <FieldGroup
      id="evidence"
      legend={t("fields.evidence.legend")}
      marker="optional"
      hint={t("fields.evidence.hint", { max: MAX_EVIDENCE_LINKS })}
      errors={errorsAt("evidence")}
    >
      <ol className="space-y-4">
        {shown.map((row, i) => {
          const number = i + 1;
          const urlPath = `evidence.${i}.url`;
          const labelPath = `evidence.${i}.label`;
          return (
            <li key={i} className="grid gap-2 rounded border border-line p-3 sm:grid-cols-2">
              <Field
                id={fieldId(urlPath)}
                label={t("fields.evidence.url", { number })}
                labelClassName="block text-sm font-semibold"
                errors={errorsAt(urlPath)}
              >
                {(control) => (
                  <input
                    {...control}
                    name={FORM_NAMES.evidenceUrl}
                    defaultValue={row.url}
                    type="url"
                    dir="ltr"
                    inputMode="url"
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={EVIDENCE_URL_MAX_LENGTH + 100}
                    className={INPUT_CLASS}
                  />
                )}
              </Field>
              <Field
                id={fieldId(labelPath)}
                label={t("fields.evidence.label", { number })}
                marker={t("fields.evidence.labelHint")}
                labelClassName="block text-sm font-semibold"
                errors={errorsAt(labelPath)}
              >
                {(control) => (
                  <input
                    {...control}
                    name={FORM_NAMES.evidenceLabel}
                    defaultValue={row.label}
                    type="text"
                    autoComplete="off"
                    maxLength={EVIDENCE_LABEL_MAX_LENGTH + 100}
                    className={INPUT_CLASS}
                  />
                )}
              </Field>
              <div className="flex items-start gap-2 sm:col-span-2">
                <input
                  id={fieldId(`evidence.${i}.secretariatOnly`)}
                  type="checkbox"
                  name={FORM_NAMES.evidencePrivate}
                  value={String(i)}
                  defaultChecked={row.secretariatOnly}
                  className="mt-1 size-4"
                />
                <label htmlFor={fieldId(`evidence.${i}.secretariatOnly`)} className="text-sm">
                  {t("fields.evidence.secretariatOnly", { number })}
                </label>
              </div>
            </li>
          );
        })}
      </ol>
      {shown.length < MAX_EVIDENCE_LINKS ? (
        <button type="button" onClick={() => setExtraRows((n) => n + 1)} className={buttonClass("secondary", "small")}>
          {t("fields.evidence.add")}
        </button>
      ) : null}
    </FieldGroup>
  );
}
