"use client";
// What got in the way: one row per kind of barrier, a checkbox and an optional detail.
import {
  BARRIER_DETAIL_MAX_LENGTH,
  fieldId,
  FORM_NAMES,
  type BarrierRow,
} from "@/lib/validation/progress-update-fields";
import { Field, FieldGroup } from "@/components/form/field";
import { useLooseTranslations } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";

type Props = { barriers: BarrierRow[]; errorsAt: (path: string) => string[] };

export function UpdateBarriersFieldset({ barriers, errorsAt }: Props) {
  const t = useLooseTranslations("workspace.update");
  const tStatuses = useLooseTranslations("statuses");
  return (
    <FieldGroup
      id="barriers"
      legend={t("fields.barriers.legend")}
      marker="optional"
      hint={t("fields.barriers.hint")}
      errors={errorsAt("barriers")}
    >
      <ul className="space-y-3">
        {barriers.map((barrier) => {
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
              <Field
                id={fieldId(path)}
                label={t("fields.barriers.detail", { kind: kindLabel.toLowerCase() })}
                marker="optional"
                labelClassName="block text-sm text-ink-muted"
                errors={errorsAt(path)}
              >
                {(control) => (
                  <input
                    {...control}
                    name={FORM_NAMES.barrierDetail(barrier.kind)}
                    defaultValue={barrier.detail}
                    type="text"
                    autoComplete="off"
                    maxLength={BARRIER_DETAIL_MAX_LENGTH + 100}
                    className={INPUT_CLASS}
                  />
                )}
              </Field>
            </li>
          );
        })}
      </ul>
    </FieldGroup>
  );
}
