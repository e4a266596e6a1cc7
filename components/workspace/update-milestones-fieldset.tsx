"use client";
// The commitment's milestones, to tick those reached since the last report; those already reached are listed, not
// offered again.
import { useFormatter } from "next-intl";
import { FORM_NAMES } from "@/lib/validation/progress-update-fields";
import { FieldGroup } from "@/components/form/field";
import { useLooseTranslations } from "@/components/form/messages";

export type MilestoneOption = { id: string; title: string; dueDate: string | null; reached: boolean };

type Props = { milestones: MilestoneOption[]; checked: string[]; errors: string[] };

export function UpdateMilestonesFieldset({ milestones, checked, errors }: Props) {
  const t = useLooseTranslations("workspace.update");
  const format = useFormatter();
  const due = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium" });
  if (milestones.length === 0) {
    return (
      <FieldGroup id="milestones" legend={t("fields.milestones.legend")} marker="optional" className="space-y-2">
        <p className="text-sm text-ink-muted">{t("fields.milestones.none")}</p>
      </FieldGroup>
    );
  }
  return (
    <FieldGroup
      id="milestones"
      legend={t("fields.milestones.legend")}
      marker="optional"
      hint={t("fields.milestones.hint")}
      errors={errors}
      className="space-y-2"
    >
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
                  defaultChecked={checked.includes(m.id)}
                  className="mt-1 size-4"
                />
                <span>
                  {m.title}
                  {m.dueDate ? (
                    <span className="text-sm text-ink-muted">
                      {" "}
                      ({t("fields.milestones.due", { date: due(m.dueDate) })})
                    </span>
                  ) : null}
                </span>
              </label>
            )}
          </li>
        ))}
      </ul>
    </FieldGroup>
  );
}
