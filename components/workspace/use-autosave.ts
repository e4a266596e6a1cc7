"use client";
// Autosave for the progress update form, when JavaScript runs: about two seconds after the last change, the form is
// sent to the same server action as "Save draft" (intent=autosave), so the same authorization, validation and
// version check apply. Only one save is in flight at a time; an explicit save waits for it (see onSubmit in the
// form), so the two never race each other into a conflict. After a conflict or a refusal autosave stops until the
// person saves explicitly and sees why.
import { useCallback, useEffect, useRef, useState } from "react";
import type { ProgressUpdateFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "invalid"; count: number }
  | { kind: "conflict" }
  | { kind: "signed_out" }
  | { kind: "failed" };

/** What the person typed, without the form's bookkeeping fields. */
export function contentEntries(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()]
    .filter(([name]) => !name.startsWith("$ACTION") && !["intent", "draftId", "version"].includes(name))
    .map(([name, value]) => [name, typeof value === "string" ? value : ""]);
}

/** Saving is only worth it when this changed. */
function contentKey(form: HTMLFormElement): string {
  return JSON.stringify(contentEntries(form));
}

export function useAutosave({
  formRef,
  action,
  onSaved,
  delayMs = 2000,
}: {
  formRef: React.RefObject<HTMLFormElement | null>;
  action: FormAction<ProgressUpdateFormState>;
  onSaved: (state: ProgressUpdateFormState) => void;
  delayMs?: number;
}) {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<Promise<void> | null>(null);
  const lastSaved = useRef<string | null>(null);
  const stopped = useRef(false);
  const blocked = useRef(false);

  const run = useCallback(() => {
    // Tries again later while another save is on its way or an explicit save holds it back.
    const attempt = () => {
      const form = formRef.current;
      if (!form || stopped.current) return;
      if (inflight.current || blocked.current) {
        timer.current = setTimeout(attempt, delayMs);
        return;
      }
      const key = contentKey(form);
      if (key === lastSaved.current) return;
      const data = new FormData(form);
      data.set("intent", "autosave");
      setStatus({ kind: "saving" });
      inflight.current = action(INITIAL_FORM_STATE, data)
        .then((result) => {
          switch (result.status) {
            case "saved":
              lastSaved.current = key;
              onSaved(result);
              setStatus({ kind: "saved", at: result.savedAt ?? new Date().toISOString() });
              break;
            case "invalid":
              setStatus({ kind: "invalid", count: Object.keys(result.fieldErrors ?? {}).length });
              break;
            case "conflict":
              stopped.current = true;
              setStatus({ kind: "conflict" });
              break;
            case "signed_out":
            case "refused":
              stopped.current = true;
              setStatus({ kind: "signed_out" });
              break;
            default:
              stopped.current = true;
              setStatus({ kind: "failed" });
          }
        })
        .catch(() => setStatus({ kind: "failed" }))
        .finally(() => {
          inflight.current = null;
        });
    };
    attempt();
  }, [action, delayMs, formRef, onSaved]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(run, delayMs);
  }, [delayMs, run]);

  /** Before an explicit save: no autosave starts until `resume`; returns the save in flight, if any. */
  const pause = useCallback(() => {
    clearTimeout(timer.current);
    blocked.current = true;
    return inflight.current;
  }, []);

  /** After an explicit save came back: what the form holds now counts as saved, and autosave may run again —
   * except after a conflict, when only the person's own explicit save may write over what is stored. */
  const resume = useCallback(
    (saved: boolean, conflict = false) => {
      blocked.current = false;
      stopped.current = conflict;
      if (saved && formRef.current) lastSaved.current = contentKey(formRef.current);
      setStatus({ kind: "idle" });
    },
    [formRef],
  );

  /** Whether the form holds text that no save has sent yet (or that a save in flight may not have stored yet). */
  const hasUnsaved = useCallback(
    () => Boolean(formRef.current) && contentKey(formRef.current!) !== lastSaved.current,
    [formRef],
  );

  useEffect(() => {
    // What the page loaded with is already saved (or not worth saving until something is typed).
    if (formRef.current && lastSaved.current === null) lastSaved.current = contentKey(formRef.current);
    return () => clearTimeout(timer.current);
  }, [formRef]);

  return { status, schedule, pause, resume, hasUnsaved };
}
