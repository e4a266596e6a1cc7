"use client";
// The secretariat's invitation form (app/secretariat/invitations). After a successful invitation the form is empty
// again, ready for the next person; after a refusal it keeps what was typed.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { InviteFormState } from "@/lib/actions/auth-form-states";
import type { InviteField } from "@/lib/validation/invite-focal-point";
import { ErrorSummary, Field, Notice, SubmitButton } from "./form-parts";

type Props = {
  action: (state: InviteFormState, formData: FormData) => Promise<InviteFormState>;
  members: Array<{ id: string; name: string }>;
};

const INITIAL: InviteFormState = { status: "idle", submission: 0 };
const FIELDS: readonly InviteField[] = ["email", "name", "memberId"];
const REFUSAL_MESSAGES = { account_exists: "accountExists", refused: "refused", signed_out: "signedOut" } as const;

export function InviteForm({ action, members }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const t = useTranslations("auth.invitations");
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.submission > 0) alertRef.current?.focus();
  }, [state.submission]);

  const values = state.values ?? { email: "", name: "", memberId: "" };
  const errors = state.fieldErrors ?? {};
  const messages = (field: InviteField) => (errors[field] ?? []).map((code) => t(`errors.${code}`));
  const items = FIELDS.flatMap((field) => messages(field).map((text) => ({ fieldId: `invite-${field}`, text })));
  const memberErrors = messages("memberId");
  const invited = state.invited ? { email: state.invited.email, member: state.invited.memberName } : null;

  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      {state.status === "sent" && invited ? (
        <Notice kind="success" noticeRef={alertRef}>
          <p>{t("sent", invited)}</p>
        </Notice>
      ) : null}
      {state.status === "email_failed" && invited ? (
        <Notice kind="error" noticeRef={alertRef}>
          <p>{t("emailFailed", invited)}</p>
        </Notice>
      ) : null}
      {state.status === "account_exists" || state.status === "refused" || state.status === "signed_out" ? (
        <Notice kind="error" noticeRef={alertRef}>
          <p>{t(REFUSAL_MESSAGES[state.status])}</p>
        </Notice>
      ) : null}
      {items.length > 0 ? (
        <ErrorSummary title={t("summaryTitle", { count: items.length })} items={items} alertRef={alertRef} />
      ) : null}
      <Field
        id="invite-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="off"
        spellCheck={false}
        required
        defaultValue={values.email}
        errors={messages("email")}
      />
      <Field
        id="invite-name"
        name="name"
        type="text"
        label={t("name")}
        autoComplete="off"
        required
        defaultValue={values.name}
        errors={messages("name")}
      />
      <div className="space-y-1">
        <label htmlFor="invite-memberId" className="block font-semibold">
          {t("member")}
        </label>
        {memberErrors.length > 0 ? (
          <p id="invite-memberId-error" className="font-semibold text-danger">
            {memberErrors.join(" ")}
          </p>
        ) : null}
        <select
          id="invite-memberId"
          name="memberId"
          required
          defaultValue={values.memberId}
          aria-invalid={memberErrors.length > 0 || undefined}
          aria-describedby={memberErrors.length > 0 ? "invite-memberId-error" : undefined}
          className={`w-full max-w-md rounded border bg-paper px-3 py-2 ${
            memberErrors.length > 0 ? "border-2 border-danger" : "border-line-strong"
          }`}
        >
          <option value="">{t("chooseMember")}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
