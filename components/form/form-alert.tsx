"use client";
// What happened to the last submission, above the form: an error (role="alert": refused, signed out, not found,
// changed elsewhere, or the error summary) or a confirmation (role="status": saved, sent). Focused after each
// submission (./use-focus-after-submission.ts).
import { useId, type ReactNode } from "react";
import { useFocusAfterSubmission } from "./use-focus-after-submission";

type Props = {
  /** The submission it reports on (FormState.submission); it is focused when this changes. */
  submission: number;
  tone?: "error" | "success";
  title?: string;
  /** One line beside a row's button, rather than a box above a form. */
  compact?: boolean;
  children?: ReactNode;
};

const TONES = {
  error: "border-danger bg-danger-light",
  success: "border-success bg-success-light",
};

export function FormAlert({ submission, tone = "error", title, compact = false, children }: Props) {
  const ref = useFocusAfterSubmission<HTMLDivElement>(submission);
  const titleId = useId();
  return (
    <div
      ref={ref}
      autoFocus={submission > 0}
      tabIndex={-1}
      role={tone === "error" ? "alert" : "status"}
      aria-labelledby={title ? titleId : undefined}
      className={`rounded border-s-4 text-ink ${TONES[tone]} ${compact ? "p-2 text-sm" : "space-y-2 p-4"}`}
    >
      {title ? (
        <h2 id={titleId} className={compact ? "font-semibold" : "text-lg font-semibold"}>
          {title}
        </h2>
      ) : null}
      {children}
    </div>
  );
}
