"use client";
import { useActionState, useEffect, useRef } from "react";
import type { FormAction } from "@/lib/actions/safe-action";
import { INITIAL_CONSOLE_FORM_STATE, type ConsoleFormState } from "@/lib/actions/console-form-state";

/**
 * A console form's state (useActionState, which also works without JavaScript: the page comes back rendered with
 * the state) and a ref for its alert, focused after every submission so screen readers hear the outcome.
 */
export function useConsoleForm(action: FormAction<ConsoleFormState>) {
  const [state, formAction, pending] = useActionState(action, INITIAL_CONSOLE_FORM_STATE);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.submission > 0) alertRef.current?.focus();
  }, [state.submission]);
  const errorsOf = (field: string) => state.fieldErrors?.[field] ?? [];
  const valueOf = (field: string, initial = "") => state.values?.[field] ?? initial;
  return { state, formAction, pending, alertRef, errorsOf, valueOf };
}
