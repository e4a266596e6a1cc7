"use client";
// A commitment's milestones: the rows on record (those reached cannot be removed) and a few empty ones (without
// JavaScript, saving offers more; with it, "Add another milestone" does).
import { useState } from "react";
import {
  BLANK_MILESTONE_ROWS,
  DETAILS_FORM_NAMES as N,
  MAX_MILESTONES,
  type MilestoneRow,
} from "@/lib/validation/commitment-details-fields";
import { fieldId } from "@/lib/validation/progress-update-fields";
import { Field, FieldGroup } from "@/components/form/field";
import { useLooseTranslations } from "@/components/form/messages";
import { buttonClass, INPUT_CLASS } from "@/components/form/styles";

type Props = { rows: MilestoneRow[]; lockedIds: string[]; errorsAt: (path: string) => string[] };

export function DetailsMilestonesFieldset({ rows, lockedIds, errorsAt }: Props) {
  const t = useLooseTranslations("workspace.details.fields.milestones");
  const [extraRows, setExtraRows] = useState(0);
  const blank = Math.max(0, Math.min(BLANK_MILESTONE_ROWS + extraRows, MAX_MILESTONES - rows.length));
  const shown = [...rows, ...Array.from({ length: blank }, () => ({ id: "", title: "", dueDate: "", remove: false }))];
  return (
    <FieldGroup id="milestones" legend={t("legend")} marker="optional" hint={t("hint")} errors={errorsAt("milestones")}>
      <ol className="space-y-3">
        {shown.map((row, i) => (
          <li key={i} className="grid gap-2 rounded border border-line p-3 sm:grid-cols-[1fr_12rem]">
            <input type="hidden" name={N.milestoneId} value={row.id} />
            <Field
              id={fieldId(`milestones.${i}.title`)}
              label={t("title", { number: i + 1 })}
              labelClassName="block text-sm font-semibold"
              errors={errorsAt(`milestones.${i}.title`)}
            >
              {(control) => (
                <input
                  {...control}
                  name={N.milestoneTitle}
                  defaultValue={row.title}
                  autoComplete="off"
                  className={INPUT_CLASS}
                />
              )}
            </Field>
            <Field
              id={fieldId(`milestones.${i}.dueDate`)}
              label={t("dueDate", { number: i + 1 })}
              labelClassName="block text-sm font-semibold"
              errors={errorsAt(`milestones.${i}.dueDate`)}
            >
              {(control) => (
                <input
                  {...control}
                  name={N.milestoneDueDate}
                  type="date"
                  defaultValue={row.dueDate}
                  className={INPUT_CLASS}
                />
              )}
            </Field>
            {row.id && lockedIds.includes(row.id) ? (
              <p className="text-sm text-ink-muted sm:col-span-2">{t("locked")}</p>
            ) : row.id ? (
              <label className="flex items-center gap-2 text-sm sm:col-span-2">
                <input
                  type="checkbox"
                  name={N.milestoneRemove}
                  value={row.id}
                  defaultChecked={row.remove}
                  className="size-4"
                />
                {t("remove", { number: i + 1 })}
              </label>
            ) : null}
          </li>
        ))}
      </ol>
      {shown.length < MAX_MILESTONES ? (
        <button type="button" onClick={() => setExtraRows((n) => n + 1)} className={buttonClass("secondary", "small")}>
          {t("add")}
        </button>
      ) : null}
    </FieldGroup>
  );
}
