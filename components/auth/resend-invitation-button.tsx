"use client";
// "Resend" on a pending invitation: the same invitation again (a new link; the previous one stops working).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { InviteFormState } from "@/lib/actions/auth-form-states";

type Props = {
  action: (state: InviteFormState, formData: FormData) => Promise<InviteFormState>;
  invitee: { email: string; name: string; memberId: string };
};

const INITIAL: InviteFormState = { status: "idle", submission: 0 };

export function ResendInvitationButton({ action, invitee }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const t = useTranslations("auth.invitations");
  const invited = state.invited ? { email: state.invited.email, member: state.invited.memberName } : null;
  const outcome =
    state.status === "idle"
      ? null
      : invited && (state.status === "sent" || state.status === "email_failed")
        ? t(state.status === "sent" ? "sent" : "emailFailed", invited)
        : t(state.status === "refused" ? "refused" : state.status === "signed_out" ? "signedOut" : "accountExists");
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="email" value={invitee.email} />
      <input type="hidden" name="name" value={invitee.name} />
      <input type="hidden" name="memberId" value={invitee.memberId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t("resendLabel", { email: invitee.email })}
        className={
          "rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-brand-light disabled:opacity-70"
        }
      >
        {t("resend")}
      </button>
      {outcome ? (
        <p role="status" className="text-sm">
          {outcome}
        </p>
      ) : null}
    </form>
  );
}
