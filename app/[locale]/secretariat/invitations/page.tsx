import type { Metadata } from "next";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/auth/invite-form";
import { ResendInvitationButton } from "@/components/auth/resend-invitation-button";
import { ActionButtonForm } from "@/components/secretariat/action-button-form";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { inviteFocalPointAction } from "@/lib/actions/invite-focal-point";
import { withdrawInvitationAction } from "@/lib/actions/withdraw-invitation";
import { getInvitationsPage } from "@/lib/data/invitations/get-invitations-page";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { textParam, type SearchParams } from "@/lib/validation/console-params";
import { DATE_AND_TIME } from "@/lib/i18n/time-zone";
import { isolate } from "@/lib/i18n/isolate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.invitations");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function InvitationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const done = textParam(await searchParams, "done", 20);
  const [{ members, pending }, t, format, now] = await Promise.all([
    readForPage("/secretariat/invitations", getInvitationsPage),
    getTranslations("auth.invitations"),
    getFormatter(),
    getNow(),
  ]);
  const date = (value: Date) => format.dateTime(value, DATE_AND_TIME);

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <ConfirmationNotice message={done === "withdrawn" ? t("withdrawn") : null} />

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
        <ConsoleTable
          caption={t("pendingCaption")}
          empty={pending.length === 0 ? t("pendingEmpty") : null}
          columns={[
            { label: t("columns.person") },
            { label: t("columns.member") },
            { label: t("columns.sent") },
            { label: t("columns.expires") },
            { label: t("columns.action") },
          ]}
        >
          {pending.map((invitee) => (
            <tr key={invitee.id}>
              <th scope="row" className="font-normal">
                {invitee.name}
                <br />
                <span className="text-sm text-ink-muted">{invitee.email}</span>
              </th>
              <td>{invitee.member?.name}</td>
              <td>{invitee.link ? date(invitee.link.createdAt) : "—"}</td>
              <td>
                {!invitee.link
                  ? t("noLink")
                  : invitee.link.expiresAt <= now
                    ? t("expired", { date: date(invitee.link.expiresAt) })
                    : date(invitee.link.expiresAt)}
              </td>
              <td className="space-y-2">
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
                  accessibleName={t("withdrawLabel", { email: isolate(invitee.email) })}
                />
              </td>
            </tr>
          ))}
        </ConsoleTable>
      </section>
    </div>
  );
}
