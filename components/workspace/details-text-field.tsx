"use client";
// A one-line field of the commitment details form: its label, hint and errors come from the message catalogue by
// the field's name.
import { DETAILS_FORM_NAMES as N } from "@/lib/validation/commitment-details-fields";
import { Field } from "@/components/form/field";
import { useLooseTranslations } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";

type DetailsTextFieldName =
  "title" | "targetDate" | "indicatorName" | "indicatorBaseline" | "indicatorTarget" | "indicatorUnit";

type Props = {
  name: DetailsTextFieldName;
  value: string;
  errors: string[];
  required?: boolean;
  /** Values for the hint's placeholders; no hint without them. */
  hint?: Record<string, number>;
  type?: "text" | "date";
  className?: string;
};

export function DetailsTextField({ name, value, errors, required = false, hint, type = "text", className }: Props) {
  const t = useLooseTranslations("workspace.details.fields");
  return (
    <Field
      id={name}
      label={t(`${name}.label`)}
      marker={required ? "required" : "optional"}
      hint={hint ? t(`${name}.hint`, hint) : undefined}
      errors={errors}
    >
      {(control) => (
        <input
          {...control}
          name={N[name]}
          type={type}
          defaultValue={value}
          autoComplete="off"
          className={`${INPUT_CLASS} ${className ?? ""}`}
        />
      )}
    </Field>
  );
}
