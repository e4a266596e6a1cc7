import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvalidLinkNotice } from "@/components/auth/invalid-link-notice";
import { FollowLinkButton } from "@/components/public/follow-link-button";
import { unsubscribeAction } from "@/lib/actions/follow-links";
import { findFollowToUnsubscribe } from "@/lib/data/public/find-follow";
import { followIdOfUnsubscribeToken } from "@/lib/follows/follow-secrets";
import { getContentLocale } from "@/lib/i18n/content-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.unsubscribe");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

/** The unsubscribe link of every follow email, no sign-in: a button (a link alone must not unsubscribe). */
export default async function UnsubscribePage({ params }: Props) {
  const [{ token }, locale, t] = await Promise.all([params, getContentLocale(), getTranslations("public.unsubscribe")]);
  const follow = await findFollowToUnsubscribe(followIdOfUnsubscribeToken(token), locale);
  if (!follow) return <InvalidLinkNotice title={t("invalidTitle")} body={t("invalidBody")} />;
  const name = follow.subject?.name ?? "";
  if (follow.state === "UNSUBSCRIBED") {
    return <InvalidLinkNotice title={t("doneTitle")} body={t("already")} />;
  }
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t.rich("body", { name, subject: (chunks) => <bdi lang={follow.subject?.lang}>{chunks}</bdi> })}</p>
      </header>
      <FollowLinkButton
        action={unsubscribeAction}
        token={token}
        label={t("submit")}
        pendingLabel={t("submitting")}
        done={{ title: t("doneTitle"), body: t("done") }}
        invalid={{ title: t("invalidTitle"), body: t("invalidBody") }}
      />
    </div>
  );
}
