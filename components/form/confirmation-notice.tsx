"use client";
// The confirmation a page shows after a form redirected to it (`?done=…`, `?submitted=…`): announced
// (role="status") and focused, so the person hears what was done instead of starting again at the top of the page.
// Without JavaScript the page arrives with `autofocus` on it.
import { useEffect, useRef, type ReactNode } from "react";

type Props = {
  title?: string;
  /** Nothing is shown without one. */
  message: string | null;
  /** Anything after the message, such as a link to what was done. */
  children?: ReactNode;
};

export function ConfirmationNotice({ title, message, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [title, message]);
  if (!message) return null;
  return (
    <div
      ref={ref}
      autoFocus
      tabIndex={-1}
      role="status"
      className="space-y-1 rounded border-s-4 border-success bg-success-light p-4 text-ink"
    >
      {title ? <h2 className="text-lg">{title}</h2> : null}
      <p className={title ? undefined : "font-semibold"}>{message}</p>
      {children}
    </div>
  );
}
