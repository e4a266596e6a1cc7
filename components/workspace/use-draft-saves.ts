"use client";
// Which draft the progress update form writes over, and how its explicit saves and autosave take turns. The draft's
// id and version travel in hidden fields: every save checks the version, so nothing saved elsewhere is silently
// overwritten. The version comes from the page, then from every save, explicit or automatic.
import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import type { FormAction } from "@/lib/actions/safe-action";
import type { ProgressUpdateFormState } from "@/lib/actions/form-states";
import { useAutosave } from "./use-autosave";

type Draft = { id: string; version: number } | null;

export function useDraftSaves({
  state,
  draft,
  formRef,
  action,
}: {
  state: ProgressUpdateFormState;
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

  const onAutosaved = useCallback((saved: ProgressUpdateFormState) => {
    // Synchronously, so that a submit waiting for this save posts the new version.
    flushSync(() => setIdentity(identityOf(saved.draft, null)));
  }, []);
  const autosave = useAutosave({ formRef, action, onSaved: onAutosaved });
  const { resume } = autosave;

  useEffect(() => {
    if (state.submission > 0) resume(state.status === "saved", state.status === "conflict");
  }, [state.submission, state.status, resume]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const inflight = autosave.pause();
    if (!inflight) return;
    // An autosave is on its way: post after it, with the version it leaves behind.
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void inflight.then(() => formRef.current?.requestSubmit(submitter));
  };

  return { identity, autosave, onSubmit };
}

function identityOf(fromState: ProgressUpdateFormState["draft"], fromPage: Draft): { id: string; version: string } {
  const source = fromState ?? fromPage;
  return { id: source?.id ?? "", version: source?.version != null ? String(source.version) : "" };
}
