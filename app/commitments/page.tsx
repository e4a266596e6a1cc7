import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommitmentRow } from "@/components/public/commitment-row";
import { FiltersForm } from "@/components/public/filters-form";
import { Pagination } from "@/components/public/pagination";
import { hasFilters, parseCommitmentFilters, type SearchParams } from "@/lib/data/public/commitment-filters";
import { listCommitments } from "@/lib/data/public/list-commitments";
import { listFilterOptions } from "@/lib/data/public/list-filter-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.list");
  return { title: t("metaTitle") };
}

export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const options = await listFilterOptions();
  const query = parseCommitmentFilters(await searchParams, options);
  const { page: _page, ...filters } = query;
  const list = await listCommitments(query);
  const t = await getTranslations("public.list");
  const filtered = hasFilters(filters);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      </header>
      <FiltersForm action="/commitments" options={options} values={filters} explorer />
      <section aria-labelledby="results" className="space-y-4">
        <h2 id="results" className="text-xl">
          {t("resultsHeading")}
        </h2>
        <p role="status" className="font-medium">
          {t(filtered ? "countFiltered" : "count", { total: list.total })}
        </p>
        {list.items.length === 0 ? (
          filtered && <p>{t("empty")}</p>
        ) : (
          <ul className="space-y-3">
            {list.items.map((item) => (
              <CommitmentRow key={item.slug} item={item} />
            ))}
          </ul>
        )}
        <Pagination page={list.page} pageCount={list.pageCount} filters={filters} />
      </section>
    </div>
  );
}
