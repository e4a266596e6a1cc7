import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { sitePreview } from "@/components/link-previews/site-preview";
import { ActiveFilters } from "@/components/explorer/active-filters";
import { ExplorerFilters } from "@/components/explorer/explorer-filters";
import { explorerQuery } from "@/components/explorer/explorer-query";
import { SortForm } from "@/components/explorer/sort-form";
import { CommitmentRow } from "@/components/public/commitment-row";
import { Pagination } from "@/components/public/pagination";
import { hasFilters, parseCommitmentFilters, pickFilters, type SearchParams } from "@/lib/domain/commitment-filters";
import { countCommitmentFacets } from "@/lib/data/public/count-commitment-facets";
import { listCommitments } from "@/lib/data/public/list-commitments";
import { getContentLocale } from "@/lib/i18n/content-locale";
import { listFilterOptions } from "@/lib/data/public/list-filter-options";
import { parseSort } from "@/lib/domain/explorer-sort";
import { pageMetadata } from "@/lib/link-previews/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("explorer.page");
  return pageMetadata(await sitePreview({ path: "/commitments", title: t("metaTitle"), description: t("intro") }));
}

/**
 * The explorer: full-text search, facets with counts, sort and pagination, all in the URL. Anything unusable in the
 * URL (unknown values, a page past the end, a sort that needs search words) is ignored or clamped, never an error.
 */
export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const options = await listFilterOptions(await getContentLocale());
  const { page, ...parsed } = parseCommitmentFilters(params, options);
  const filters = pickFilters(parsed);
  const sort = parseSort(params.sort, Boolean(filters.q));
  const [list, counts] = await Promise.all([
    listCommitments({ ...filters, page, sort, locale: await getContentLocale() }),
    countCommitmentFacets(filters),
  ]);
  const t = await getTranslations("explorer");
  const filtered = hasFilters(filters);
  const countKey = filters.q ? "results.countSearch" : filtered ? "results.countFiltered" : "results.count";
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("page.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("page.intro")}</p>
      </header>
      <div className="grid grid-cols-1 items-start gap-8 lg:grid-cols-[20rem_minmax(0,1fr)]">
        {/* Keyed by the view, so Back and Forward show the form as the URL says (its fields are uncontrolled). */}
        <ExplorerFilters
          key={new URLSearchParams(explorerQuery(filters, sort)).toString()}
          filters={filters}
          sort={sort}
          counts={counts}
          options={options}
        />
        <section aria-labelledby="results" className="space-y-4">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div className="space-y-1">
              <h2 id="results" className="text-xl">
                {t("results.heading")}
              </h2>
              <p role="status" className="font-medium">
                {t(countKey, { total: list.total, q: filters.q ?? "" })}
              </p>
            </div>
            <SortForm key={`${sort}-${filters.q ?? ""}`} filters={filters} sort={sort} />
          </div>
          <ActiveFilters filters={filters} sort={sort} options={options} />
          {list.items.length === 0 ? (
            <p>{filtered ? t("results.emptyFiltered") : t("results.empty")}</p>
          ) : (
            <ul
              className="space-y-3"
              aria-label={t("results.listLabel", { page: list.page, pageCount: list.pageCount })}
            >
              {list.items.map((item) => (
                <CommitmentRow key={item.slug} item={item} />
              ))}
            </ul>
          )}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            pathname="/commitments"
            query={explorerQuery(filters, sort)}
          />
        </section>
      </div>
    </div>
  );
}
