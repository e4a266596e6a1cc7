"use client";
// How progress on a commitment is measured, if it is: what, from which baseline, to which target, in which unit.
import type { CommitmentDetailsFormValues } from "@/lib/validation/commitment-details-fields";
import { FieldGroup } from "@/components/form/field";
import { useLooseTranslations } from "@/components/form/messages";
import { DetailsTextField } from "./details-text-field";

type Props = { values: CommitmentDetailsFormValues; errorsAt: (path: string) => string[] };

export function DetailsIndicatorFieldset({ values, errorsAt }: Props) {
  const t = useLooseTranslations("workspace.details.fields.indicator");
  const narrow = (name: "indicatorBaseline" | "indicatorTarget" | "indicatorUnit") => (
    <DetailsTextField name={name} value={values[name]} errors={errorsAt(name)} className="max-w-[12rem]" />
  );
  return (
    <FieldGroup id="indicator" legend={t("legend")} marker="optional" hint={t("hint")}>
      <DetailsTextField name="indicatorName" value={values.indicatorName} errors={errorsAt("indicatorName")} />
      <div className="grid gap-3 sm:grid-cols-3">
        {narrow("indicatorBaseline")}
        {narrow("indicatorTarget")}
        {narrow("indicatorUnit")}
      </div>
    </FieldGroup>
  );
}
