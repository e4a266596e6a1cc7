// A field: its label (with "(required)" or "(optional)" where the form marks them), an optional hint, its errors in
// words, and the control, tied together with aria-describedby (hint, then errors) and aria-invalid. The control is
// the caller's (input, select, textarea), given the props that wire it: `{(control) => <input {...control} … />}`.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

type ControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: true;
};

type Props = {
  id: string;
  label: ReactNode;
  /** After the label: "required", "optional", or the words of a field that is required only sometimes. */
  marker?: "required" | "optional" | (string & {});
  /** The control gets `required` (announced as such; the forms post with noValidate, so the server decides). */
  required?: boolean;
  hint?: ReactNode;
  errors?: string[];
  labelClassName?: string;
  children: (control: ControlProps) => ReactNode;
};

export function Field({ id, label, marker, required, hint, errors = [], labelClassName, children }: Props) {
  const invalid = errors.length > 0;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClassName ?? "block font-semibold"}>
        {label}
        {marker ? <Marker marker={marker} /> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="max-w-2xl text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
      {children({
        id,
        "aria-describedby": describedBy(hint ? `${id}-hint` : null, invalid && `${id}-error`),
        "aria-invalid": invalid || undefined,
        required: required || undefined,
      })}
    </div>
  );
}

/** A group of controls (checkboxes, repeated rows) under one legend, with the group's hint and errors. */
export function FieldGroup({
  id,
  legend,
  marker,
  hint,
  errors = [],
  className = "space-y-3",
  children,
}: {
  id: string;
  legend: ReactNode;
  marker?: "required" | "optional";
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={className}
      aria-describedby={describedBy(hint ? `${id}-hint` : null, errors.length > 0 && `${id}-error`)}
    >
      <legend className="font-semibold">
        {legend}
        {marker ? <Marker marker={marker} /> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
      {children}
    </fieldset>
  );
}

export function FieldError({ id, messages = [] }: { id: string; messages?: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="font-semibold text-danger">
      {messages.join(" ")}
    </p>
  );
}

function Marker({ marker }: { marker: string }) {
  const t = useTranslations("common.form");
  const words = marker === "required" || marker === "optional" ? t(marker) : marker;
  return <span className="font-normal text-ink-muted"> ({words})</span>;
}

/** aria-describedby from the ids that apply. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}
