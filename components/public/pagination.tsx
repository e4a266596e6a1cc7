import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { filtersToQuery, type CommitmentFilters } from "@/lib/data/public/commitment-filters";

type Props = { page: number; pageCount: number; filters: CommitmentFilters };

/** Previous/next links that keep the filters; plain links, so paging works without JavaScript. */
export async function Pagination({ page, pageCount, filters }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("public.pagination");
  const href = (target: number) => ({ pathname: "/commitments", query: filtersToQuery({ ...filters, page: target }) });
  return (
    <nav aria-label={t("label")} className="no-print flex flex-wrap items-center justify-between gap-4 border-t border-line pt-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-muted">
        {t("status", { page, pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
