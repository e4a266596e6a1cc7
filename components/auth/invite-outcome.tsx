"use client";
// What the invitation form and the "Resend" button say after a submission: who was invited, or why not.
import { useTranslations } from "next-intl";
import type { InviteFormState } from "@/lib/actions/form-states";
import { FormAlert } from "@/components/form/form-alert";

const REFUSALS = { account_exists: "accountExists", refused: "refused", signed_out: "signedOut" } as const;

export function InviteOutcome({ state, compact }: { state: InviteFormState; compact?: boolean }) {
  const t = useTranslations("auth.invitations");
  const invited = state.invited ? { email: state.invited.email, member: state.invited.memberName } : null;
  if ((state.status === "sent" || state.status === "email_failed") && invited) {
    const sent = state.status === "sent";
    return (
      <FormAlert submission={state.submission} tone={sent ? "success" : "error"} compact={compact}>
        <p>{t(sent ? "sent" : "emailFailed", invited)}</p>
      </FormAlert>
    );
  }
  if (state.status === "account_exists" || state.status === "refused" || state.status === "signed_out") {
    return (
      <FormAlert submission={state.submission} compact={compact}>
        <p>{t(REFUSALS[state.status])}</p>
      </FormAlert>
    );
  }
  return null;
}
