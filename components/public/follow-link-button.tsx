"use client";
// The one button of the pages opened from a follow email (confirm, unsubscribe): the link shows the page, the button
// makes the change, so a mail scanner that opens links changes nothing. Works without JavaScript.
import { useActionState } from "react";
import type { FollowLinkFormState } from "@/lib/actions/form-states";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: (state: FollowLinkFormState, formData: FormData) => Promise<FollowLinkFormState>;
  token: string;
  label: string;
  pendingLabel: string;
  done: { title: string; body: string };
  invalid: { title: string; body: string };
};

export function FollowLinkButton({ action, token, label, pendingLabel, done, invalid }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  if (state.status === "done" || state.status === "invalid_link") {
    const { title, body } = state.status === "done" ? done : invalid;
    return (
      <FormAlert submission={state.submission} tone={state.status === "done" ? "success" : "error"} title={title}>
        <p>{body}</p>
      </FormAlert>
    );
  }
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
