"use client";
import { useTranslations } from "next-intl";

type Props = {
  inputId: string;
  label: string;
  required?: boolean;
  hint?: string;
  /** Messages (already in words) for this field's errors. */
  errors: string[];
  children: (input: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => React.ReactNode;
};

/** A label, an optional hint and the field's errors, tied to its input with aria-describedby and aria-invalid. */
export function Field({ inputId, label, required = false, hint, errors, children }: Props) {
  const t = useTranslations("secretariat.console.form");
  const hintId = hint ? `${inputId}-hint` : null;
  const errorId = errors.length ? `${inputId}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block font-semibold">
        {label} <span className="font-normal text-ink-muted">({required ? t("required") : t("optional")})</span>
      </label>
      {hint && (
        <p id={hintId!} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={errorId!} className="font-semibold text-danger">
          {errors.join(" ")}
        </p>
      )}
      {children({
        id: inputId,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": errors.length ? true : undefined,
      })}
    </div>
  );
}
