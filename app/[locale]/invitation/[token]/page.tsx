import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvalidLinkNotice } from "@/components/auth/invalid-link-notice";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { acceptInvitationAction } from "@/lib/actions/accept-invitation";
import { findOpenInvitation } from "@/lib/data/account/find-open-invitation";
import { DATE_AND_TIME } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.invitation");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Opening the link changes nothing (mail scanners open links too); only posting the form with a password does. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, t, tPassword, format] = await Promise.all([
    findOpenInvitation(token),
    getTranslations("auth.invitation"),
    getTranslations("auth.password"),
    getFormatter(),
  ]);
  if (!invitation) return <InvalidLinkNotice title={t("invalidTitle")} body={tPassword("invalidLinkBody")} />;

  const member = invitation.member.name;
  const expires = format.dateTime(invitation.expiresAt, DATE_AND_TIME);
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{invitation.user.role === "REVIEWER" ? t("introReviewer", { member }) : t("intro", { member })}</p>
        <p>{t("account", { name: invitation.user.name, email: invitation.user.email })}</p>
        <p className="text-sm text-ink-muted">{t("expires", { date: `${expires} UTC` })}</p>
      </header>
      <section aria-labelledby="choose-password" className="space-y-4">
        <h2 id="choose-password" className="text-2xl">
          {t("choosePassword")}
        </h2>
        <SetPasswordForm
          action={acceptInvitationAction}
          token={token}
          email={invitation.user.email}
          submitLabel={t("submit")}
          submittingLabel={t("submitting")}
          invalidLinkMessage={tPassword("invalidLinkBody")}
        />
      </section>
    </div>
  );
}
