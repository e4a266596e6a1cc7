import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvalidLinkNotice } from "@/components/auth/invalid-link-notice";
import { FollowLinkButton } from "@/components/public/follow-link-button";
import { confirmFollowAction } from "@/lib/actions/follow-links";
import { findFollowToConfirm } from "@/lib/data/public/find-follow";
import { getContentLocale } from "@/lib/i18n/content-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.followConfirm");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

/** The link of a follow's confirmation email: what it would follow, and the button that confirms it. */
export default async function ConfirmFollowPage({ params }: Props) {
  const [{ token }, locale, t, tFrequency] = await Promise.all([
    params,
    getContentLocale(),
    getTranslations("public.followConfirm"),
    getTranslations("public.follow.frequencies"),
  ]);
  const follow = await findFollowToConfirm(token, locale);
  if (!follow?.subject) return <InvalidLinkNotice title={t("invalidTitle")} body={t("invalidBody")} />;
  const name = follow.subject.name;
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t.rich("body", { name, subject: (chunks) => <bdi lang={follow.subject?.lang}>{chunks}</bdi> })}</p>
        <p>{tFrequency(follow.frequency)}</p>
      </header>
      <FollowLinkButton
        action={confirmFollowAction}
        token={token}
        label={t("submit")}
        pendingLabel={t("submitting")}
        done={{ title: t("doneTitle"), body: t("done", { name }) }}
        invalid={{ title: t("invalidTitle"), body: t("invalidBody") }}
      />
    </div>
  );
}
