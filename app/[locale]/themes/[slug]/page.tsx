import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { explorerHref } from "@/components/explorer/explorer-query";
import { themePreview } from "@/components/link-previews/scorecard-preview";
import { CommitmentList } from "@/components/scorecard/commitment-list";
import { Scorecard } from "@/components/scorecard/scorecard";
import { UpdateFeed } from "@/components/scorecard/update-feed";
import { getThemePage } from "@/lib/data/public/get-theme-page";
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
  const page = await getThemePage(slug, locale);
  if (!page) return {};
  return withFeed(await pageMetadata((await themePreview(page)).page), { kind: "theme", slug }, locale);
}

/** A theme of the Network's taxonomy: its scorecard, its latest published updates and its commitments. */
export default async function ThemePage({ params }: Props) {
  const locale = await getContentLocale();
  const page = await getThemePage((await params).slug, locale);
  if (!page) notFound();
  const { theme, scorecard, commitments } = page;
  const t = await getTranslations("explorer.theme");
  const filters = { theme: theme.slug };
  return (
    <article className="space-y-10 print:space-y-6">
      <header className="space-y-3">
        <p className="no-print text-sm">
          <Link href="/themes">
            <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">
              ←
            </span>
            {t("back")}
          </Link>
        </p>
        <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">{t("eyebrow")}</p>
        <h1 className="text-3xl" lang={theme.lang}>
          {theme.name}
        </h1>
        {theme.description && (
          <p className="max-w-3xl text-lg text-ink-muted" lang={theme.lang}>
            {theme.description}
          </p>
        )}
        <OriginalLanguageNote text={theme} />
      </header>
      <Scorecard scorecard={scorecard} name={theme.name} />
      <UpdateFeed
        updates={scorecard.timeline.items}
        total={scorecard.timeline.total}
        moreHref={explorerHref(filters, "updated")}
        showMember
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
        target="theme"
        slug={theme.slug}
        feedHref={scopeFeedHref({ kind: "theme", slug: theme.slug }, locale)}
      />
    </article>
  );
}
