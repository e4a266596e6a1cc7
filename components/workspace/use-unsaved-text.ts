"use client";
// Nothing typed in the progress update form is lost by leaving or reloading before autosave ran (about two seconds
// after the last keystroke): while the form holds text no save has stored, it is also kept in this browser
// (localStorage, per commitment), and leaving the page asks first (beforeunload). When the page opens again with
// such text kept, the form offers it back; a save that stores it, or a submission, forgets it.
//
// Kept in the browser rather than sent on leave: a request sent while the page unloads (sendBeacon, keepalive) races
// the reload's own request, so the reloaded form could still show the older text.
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { contentEntries } from "./use-autosave";

export type KeptText = { entries: [string, string][]; at: string };

const PREFIX = "wps.unsaved-update.";

/** What was kept when the page opened: read once per page, so that keeping while typing does not offer it back. */
const keptAtOpen = new Map<string, string | null>();
const noSubscription = () => () => {};

export function useUnsavedText({
  commitmentId,
  formRef,
  hasUnsaved,
}: {
  commitmentId: string;
  formRef: React.RefObject<HTMLFormElement | null>;
  hasUnsaved: () => boolean;
}) {
  const key = PREFIX + commitmentId;
  const atOpen = useSyncExternalStore(
    noSubscription,
    () => {
      if (!keptAtOpen.has(key)) keptAtOpen.set(key, read(key));
      return keptAtOpen.get(key) ?? null;
    },
    () => null,
  );
  const [closed, setClosed] = useState(false);
  const offer = closed ? null : parse(atOpen);

  /** After every edit and every save: keeps what no save has stored yet, or forgets what one has. */
  const keep = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    if (!hasUnsaved()) return write(key, null);
    write(key, JSON.stringify({ entries: contentEntries(form), at: new Date().toISOString() } satisfies KeptText));
  }, [formRef, hasUnsaved, key]);

  const forget = useCallback(() => write(key, null), [key]);

  /** The offer was taken or declined: it is not shown again (declined: the kept text is forgotten too). */
  const close = useCallback(
    (taken: boolean) => {
      setClosed(true);
      if (!taken) write(key, null);
    },
    [key],
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasUnsaved()) return;
      keep();
      event.preventDefault();
      // Older browsers show the warning only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      keptAtOpen.delete(key);
    };
  }, [hasUnsaved, keep, key]);

  return { offer, keep, forget, close };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked (private mode): the beforeunload warning still stands.
  }
}

function parse(value: string | null): KeptText | null {
  if (!value) return null;
  try {
    const kept = JSON.parse(value) as Partial<KeptText>;
    const entries = Array.isArray(kept.entries) ? kept.entries : null;
    if (!entries || typeof kept.at !== "string") return null;
    const valid = entries.every((e) => Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "string");
    return valid ? { entries, at: kept.at } : null;
  } catch {
    return null;
  }
}
