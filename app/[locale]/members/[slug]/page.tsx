import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { explorerHref } from "@/components/explorer/explorer-query";
import { memberPreview } from "@/components/link-previews/scorecard-preview";
import { DemoBadge } from "@/components/public/demo-badge";
import { CommitmentList } from "@/components/scorecard/commitment-list";
import { Scorecard } from "@/components/scorecard/scorecard";
import { UpdateFeed } from "@/components/scorecard/update-feed";
import { getMemberPage } from "@/lib/data/public/get-member-page";
import { pageMetadata } from "@/lib/link-previews/page-metadata";
import { FollowForm } from "@/components/public/follow-form";
import { requestFollowAction } from "@/lib/actions/request-follow";
import { scopeFeedHref } from "@/lib/domain/feed-scope";
import { withFeed } from "@/lib/feeds/feed-metadata";
import { getContentLocale } from "@/lib/i18n/content-locale";
import { OriginalLanguageNote } from "@/components/public/original-language-note";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, locale] = await Promise.all([params, getContentLocale()]);
  const page = await getMemberPage(slug, locale);
  if (!page) return {};
  return withFeed(await pageMetadata((await memberPreview(page)).page), { kind: "member", slug }, locale);
}

/** A member of the Network: who it is, its scorecard, its latest published updates and its commitments. */
export default async function MemberPage({ params }: Props) {
  const locale = await getContentLocale();
  const page = await getMemberPage((await params).slug, locale);
  if (!page) notFound();
  const { member, scorecard, commitments } = page;
  const t = await getTranslations("explorer.member");
  const tStatus = await getTranslations("statuses");
  const filters = { member: member.slug };
  return (
    <article className="space-y-10 print:space-y-6">
      <header className="space-y-3">
        <p className="no-print text-sm">
          <Link href="/members">
            <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">
              ←
            </span>
            {t("back")}
          </Link>
        </p>
        <h1 className="text-3xl" lang={member.lang}>
          {member.name}
        </h1>
        <OriginalLanguageNote text={member} />
        {member.isDemo && (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <DemoBadge /> {t("demo")}
          </p>
        )}
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("kind")}</dt>
          <dd>{tStatus(`memberKind.${member.kind}`)}</dd>
          {member.isoCode && (
            <>
              <dt className="font-semibold">{t("isoCode")}</dt>
              <dd>
                <abbr title={t("isoCodeTitle")} className="no-underline">
                  {member.isoCode}
                </abbr>
              </dd>
            </>
          )}
          <dt className="font-semibold">{t("regionalGroup")}</dt>
          <dd>{member.regionalGroup ? tStatus(`regionalGroup.${member.regionalGroup}`) : t("noRegionalGroup")}</dd>
        </dl>
      </header>
      <Scorecard scorecard={scorecard} name={member.name} />
      <UpdateFeed
        updates={scorecard.timeline.items}
        total={scorecard.timeline.total}
        moreHref={explorerHref(filters, "updated")}
        showMember={false}
      />
      <CommitmentList
        list={commitments}
        explorerHref={explorerHref(filters)}
        intro={t("commitmentsIntro", {
          shown: commitments.items.length,
          total: commitments.total,
          all: commitments.items.length === commitments.total ? "yes" : "no",
        })}
      />
      <FollowForm
        action={requestFollowAction}
        target="member"
        slug={member.slug}
        feedHref={scopeFeedHref({ kind: "member", slug: member.slug }, locale)}
      />
    </article>
  );
}
