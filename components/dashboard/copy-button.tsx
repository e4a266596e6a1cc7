"use client";

import { useEffect, useState } from "react";

type Props = {
  /** Text to copy; a path is made absolute against the page's address. */
  text: string;
  label: string;
  copiedLabel: string;
};

/** Copies a link or code to the clipboard. An enhancement: without JavaScript (or a clipboard) it is not shown. */
export function CopyButton({ text, label, copiedLabel }: Props) {
  const [available, setAvailable] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setAvailable(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  if (!available) return null;

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
