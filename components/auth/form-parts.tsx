// Pieces shared by the access forms: a labelled field with its hint and errors tied to it (aria-describedby,
// aria-invalid), and an error summary that links to each field. Presentational; the forms own the state.
import type { InputHTMLAttributes, RefObject } from "react";

const INPUT_CLASS = "w-full max-w-md rounded border bg-paper px-3 py-2";

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function Field({ id, name, label, hint, errors = [], className, ...input }: FieldProps) {
  const invalid = errors.length > 0;
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="max-w-2xl text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} className="font-semibold text-danger">
          {errors.join(" ")}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        className={`${INPUT_CLASS} ${invalid ? "border-2 border-danger" : "border-line-strong"} ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}

export function ErrorSummary({
  title,
  items,
  alertRef,
}: {
  title: string;
  items: Array<{ fieldId: string; text: string }>;
  alertRef: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div
      ref={alertRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby="form-errors-title"
      className="rounded border-l-4 border-danger bg-danger-light p-3 text-ink"
    >
      <p id="form-errors-title" className="font-semibold">
        {title}
      </p>
      <ul className="list-disc pl-5">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a href={`#${item.fieldId}`}>{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A message after a submission: an error (role="alert") or a confirmation (role="status"). Focusable. */
export function Notice({
  kind,
  title,
  children,
  noticeRef,
}: {
  kind: "error" | "success";
  title?: string;
  children: React.ReactNode;
  noticeRef?: RefObject<HTMLDivElement | null>;
}) {
  const colours = kind === "error" ? "border-danger bg-danger-light" : "border-success bg-success-light";
  return (
    <div
      ref={noticeRef}
      tabIndex={-1}
      role={kind === "error" ? "alert" : "status"}
      className={`rounded border-l-4 p-3 text-ink ${colours}`}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}

type SubmitButtonProps = { pending: boolean; label: string; pendingLabel: string };

export function SubmitButton({ pending, label, pendingLabel }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
