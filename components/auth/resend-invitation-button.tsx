"use client";
// "Resend" on a pending invitation: the same invitation again (a new link; the previous one stops working).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { InviteFormState } from "@/lib/actions/form-states";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { SubmitButton } from "@/components/form/submit-button";
import { InviteOutcome } from "./invite-outcome";
import { isolate } from "@/lib/i18n/isolate";

type Props = {
  action: (state: InviteFormState, formData: FormData) => Promise<InviteFormState>;
  invitee: { email: string; name: string; memberId: string };
};

export function ResendInvitationButton({ action, invitee }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useTranslations("auth.invitations");
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="email" value={invitee.email} />
      <input type="hidden" name="name" value={invitee.name} />
      <input type="hidden" name="memberId" value={invitee.memberId} />
      <SubmitButton
        pending={pending}
        aria-label={t("resendLabel", { email: isolate(invitee.email) })}
        variant="secondary"
        size="small"
      >
        {t("resend")}
      </SubmitButton>
      <InviteOutcome state={state} compact />
    </form>
  );
}
