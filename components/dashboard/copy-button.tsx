"use client";

import { useState } from "react";
import { useHydrated } from "@/components/hooks/use-hydrated";

type Props = {
  /** Text to copy; a path is made absolute against the page's address. */
  text: string;
  label: string;
  copiedLabel: string;
};

/** Copies a link or code to the clipboard. An enhancement: without JavaScript (or a clipboard) it is not shown. */
export function CopyButton({ text, label, copiedLabel }: Props) {
  const [copied, setCopied] = useState(false);
  const hydrated = useHydrated();
  if (!hydrated || !navigator.clipboard) return null;

  async function copy() {
    const value = text.startsWith("/") ? new URL(text, window.location.href).href : text;
    await navigator.clipboard.writeText(value);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2500);
  }

  return (
    <>
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded border border-ink-subtle bg-paper px-2 py-0.5 text-sm hover:bg-paper-sunken"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-ink-muted">
        {copied ? copiedLabel : ""}
      </span>
    </>
  );
}
