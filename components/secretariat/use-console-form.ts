"use client";
import { useActionState } from "react";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

/**
 * A console form's state (useActionState, which also works without JavaScript: the page comes back rendered with
 * the state), with what was typed and the errors of each field.
 */
export function useConsoleForm(action: FormAction<ConsoleFormState>) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errorsOf = (field: string) => state.fieldErrors?.[field] ?? [];
  const valueOf = (field: string, initial = "") => state.values?.[field] ?? initial;
  return { state, formAction, pending, errorsOf, valueOf };
}
