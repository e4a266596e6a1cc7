"use client";
// What a commitment says and where it belongs: its description and themes, and, when it is proposed, its pillars
// and the meeting where it was pledged (fixed once it is on record).
import {
  DESCRIPTION_MAX_LENGTH,
  DETAILS_FORM_NAMES as N,
  PILLARS,
  type CommitmentDetailsFormValues,
} from "@/lib/validation/commitment-details-fields";
import { Field } from "@/components/form/field";
import { useLooseTranslations } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { CheckboxGroup } from "./checkbox-group";

export type Option = { id: string; name: string };

type Props = {
  mode: "propose" | "edit";
  values: CommitmentDetailsFormValues;
  themes: Option[];
  meetings: Option[];
  errorsAt: (path: string) => string[];
};

export function DetailsDescriptionFields({ mode, values, themes, meetings, errorsAt }: Props) {
  const t = useLooseTranslations("workspace.details.fields");
  const tStatuses = useLooseTranslations("statuses");
  return (
    <>
      <Field
        id="description"
        label={t("description.label")}
        marker="required"
        hint={t("description.hint", { max: DESCRIPTION_MAX_LENGTH })}
        errors={errorsAt("description")}
      >
        {(control) => (
          <textarea
            {...control}
            name={N.description}
            defaultValue={values.description}
            rows={6}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      <CheckboxGroup
        id="themeIds"
        legend={t("themeIds.legend")}
        hint={t("themeIds.hint")}
        name={N.theme}
        options={themes}
        checked={values.themeIds}
        errors={errorsAt("themeIds")}
      />
      {mode === "propose" ? (
        <>
          <CheckboxGroup
            id="pillars"
            legend={t("pillars.legend")}
            hint={t("pillars.hint")}
            name={N.pillar}
            options={PILLARS.map((p) => ({ id: p, name: tStatuses(`pillar.${p}`) }))}
            checked={values.pillars}
            errors={errorsAt("pillars")}
          />
          <Field id="meetingId" label={t("meetingId.label")} marker="required" errors={errorsAt("meetingId")}>
            {(control) => (
              <select
                {...control}
                name={N.meetingId}
                defaultValue={values.meetingId}
                className={`${INPUT_CLASS} max-w-xl`}
              >
                <option value="">{t("meetingId.choose")}</option>
                {meetings.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : null}
    </>
  );
}
