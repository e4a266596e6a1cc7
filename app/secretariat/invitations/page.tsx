import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/auth/invite-form";
import { ResendInvitationButton } from "@/components/auth/resend-invitation-button";
import { ActionButtonForm } from "@/components/secretariat/action-button-form";
import { DoneNotice } from "@/components/secretariat/done-notice";
import { inviteFocalPointAction } from "@/lib/actions/invite-focal-point";
import { withdrawInvitationAction } from "@/lib/actions/withdraw-invitation";
import { signInPath } from "@/lib/auth/callback-url";
import { canUseSecretariatTools } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";
import { getInvitationsPage } from "@/lib/data/invitations/get-invitations-page";
import { textParam, type SearchParams } from "@/lib/validation/console-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.invitations");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function InvitationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const done = textParam(await searchParams, "done", 20);
  const user = await getSessionUser();
  if (!user) redirect(signInPath("/secretariat/invitations"));
  if (!canUseSecretariatTools(user)) forbidden();

  const [{ members, pending }, t, format] = await Promise.all([
    getInvitationsPage(user),
    getTranslations("auth.invitations"),
    getFormatter(),
  ]);
  const now = Date.now();
  const date = (value: Date) =>
    `${format.dateTime(value, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <DoneNotice message={done === "withdrawn" ? t("withdrawn") : null} />

      <section aria-labelledby="invite-heading" className="max-w-3xl space-y-4">
        <h2 id="invite-heading" className="text-2xl">
          {t("formHeading")}
        </h2>
        <InviteForm action={inviteFocalPointAction} members={members} />
      </section>

      <section aria-labelledby="pending-heading" className="space-y-4">
        <h2 id="pending-heading" className="text-2xl">
          {t("pendingHeading")}
        </h2>
        {pending.length === 0 ? (
          <p>{t("pendingEmpty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left text-sm text-ink-muted">{t("pendingCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-line-strong">
                  <th scope="col" className="py-2 pr-4">{t("columns.person")}</th>
                  <th scope="col" className="py-2 pr-4">{t("columns.member")}</th>
                  <th scope="col" className="py-2 pr-4">{t("columns.sent")}</th>
                  <th scope="col" className="py-2 pr-4">{t("columns.expires")}</th>
                  <th scope="col" className="py-2">{t("columns.action")}</th>
                </tr>
              </thead>
              <tbody>
                {pending.map((invitee) => (
                  <tr key={invitee.id} className="border-b border-line align-top">
                    <th scope="row" className="py-3 pr-4 font-normal">
                      {invitee.name}
                      <br />
                      <span className="text-sm text-ink-muted">{invitee.email}</span>
                    </th>
                    <td className="py-3 pr-4">{invitee.member?.name}</td>
                    <td className="py-3 pr-4">{invitee.link ? date(invitee.link.createdAt) : "—"}</td>
                    <td className="py-3 pr-4">
                      {!invitee.link
                        ? t("noLink")
                        : invitee.link.expiresAt.getTime() <= now
                          ? t("expired", { date: date(invitee.link.expiresAt) })
                          : date(invitee.link.expiresAt)}
                    </td>
                    <td className="space-y-2 py-3">
                      {invitee.member ? (
                        <ResendInvitationButton
                          action={inviteFocalPointAction}
                          invitee={{ email: invitee.email, name: invitee.name, memberId: invitee.member.id }}
                        />
                      ) : null}
                      <ActionButtonForm
                        action={withdrawInvitationAction}
                        id={`withdraw-${invitee.id}`}
                        hidden={{ userId: invitee.id }}
                        label={t("withdraw")}
                        accessibleName={t("withdrawLabel", { email: invitee.email })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
