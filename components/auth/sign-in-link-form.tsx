"use client";
// The one button of an emailed sign-in link's page: a plain <form action={serverAction}>, so it works without
// JavaScript too. Opening the link does not sign in (mail scanners follow links); pressing the button does. The
// page hands in its words, so that no catalogue namespace is sent to every page for this one button.
import { useActionState } from "react";
import type { SignInLinkFormState } from "@/lib/actions/form-states";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: (state: SignInLinkFormState, formData: FormData) => Promise<SignInLinkFormState>;
  token: string;
  labels: { submit: string; submitting: string; invalidTitle: string; invalidBody: string };
};

export function SignInLinkForm({ action, token, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  if (state.status === "invalid_link") {
    return (
      <FormAlert submission={state.submission} title={labels.invalidTitle}>
        <p>{labels.invalidBody}</p>
      </FormAlert>
    );
  }
  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingLabel={labels.submitting}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
