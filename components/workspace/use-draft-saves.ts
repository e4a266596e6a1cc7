"use client";
// Which draft the progress update form writes over, and how its explicit saves and autosave take turns. The draft's
// id and version travel in hidden fields: every save checks the version, so nothing saved elsewhere is silently
// overwritten. The version comes from the page, then from every save, explicit or automatic.
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { FormAction } from "@/lib/actions/safe-action";
import type { ProgressUpdateFormState } from "@/lib/actions/form-states";
import { useAutosave } from "./use-autosave";
import { useUnsavedText } from "./use-unsaved-text";

type Draft = { id: string; version: number } | null;

export function useDraftSaves({
  state,
  commitmentId,
  draft,
  formRef,
  action,
}: {
  state: ProgressUpdateFormState;
  commitmentId: string;
  draft: Draft;
  formRef: React.RefObject<HTMLFormElement | null>;
  action: FormAction<ProgressUpdateFormState>;
}) {
  const [identity, setIdentity] = useState(() => identityOf(state.draft, draft));
  const [seenSubmission, setSeenSubmission] = useState(state.submission);
  if (state.submission !== seenSubmission) {
    setSeenSubmission(state.submission);
    if (state.draft) setIdentity(identityOf(state.draft, null));
  }

  // Text kept in the browser until a save stores it (./use-unsaved-text.ts), refreshed after every save.
  const keepRef = useRef<() => void>(() => {});
  const onAutosaved = useCallback((saved: ProgressUpdateFormState) => {
    // Synchronously, so that a submit waiting for this save posts the new version.
    flushSync(() => setIdentity(identityOf(saved.draft, null)));
    keepRef.current();
  }, []);
  const autosave = useAutosave({ formRef, action, onSaved: onAutosaved });
  const { resume } = autosave;
  const unsaved = useUnsavedText({ commitmentId, formRef, hasUnsaved: autosave.hasUnsaved });
  useEffect(() => {
    keepRef.current = unsaved.keep;
  }, [unsaved.keep]);

  useEffect(() => {
    if (state.submission === 0) return;
    resume(state.status === "saved", state.status === "conflict");
    keepRef.current();
  }, [state.submission, state.status, resume]);

  /** Every edit: autosave in a moment, and keep the text in the browser meanwhile. */
  const onEdit = () => {
    autosave.schedule();
    unsaved.keep();
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    // Submitting leaves the form (a refusal brings the text back in the form, and it is kept again on the next edit).
    if (submitter?.getAttribute("value") === "submit") unsaved.forget();
    const inflight = autosave.pause();
    if (!inflight) return;
    // An autosave is on its way: post after it, with the version it leaves behind.
    event.preventDefault();
    void inflight.then(() => formRef.current?.requestSubmit(submitter));
  };

  return { identity, autosave, unsaved, onEdit, onSubmit };
}

function identityOf(fromState: ProgressUpdateFormState["draft"], fromPage: Draft): { id: string; version: string } {
  const source = fromState ?? fromPage;
  return { id: source?.id ?? "", version: source?.version != null ? String(source.version) : "" };
}
