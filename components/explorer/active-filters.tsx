import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { FilterOptions } from "@/lib/data/public/list-filter-options";
import { FACET_KEYS, withoutFilter } from "@/lib/domain/facets";
import type { SortKey } from "@/lib/domain/explorer-sort";
import { explorerHref } from "./explorer-query";
import { facetCatalogues, facetValue } from "./facet-catalogues";

type Props = { filters: CommitmentFilters; sort: SortKey; options: FilterOptions };

/** The search and filters in force, each a link that removes it (the rest of the view is kept). */
export async function ActiveFilters({ filters, sort, options }: Props) {
  const t = await getTranslations("explorer");
  const catalogues = await facetCatalogues(options);
  const chips: { key: string; name: string; value: string }[] = [];
  if (filters.q) chips.push({ key: "q", name: t("active.search"), value: `“${filters.q}”` });
  for (const key of FACET_KEYS) {
    const value = facetValue(filters, key);
    if (value === undefined) continue;
    const label = catalogues[key].find((entry) => entry.value === value)?.label ?? value;
    chips.push({ key, name: t(`facets.${key}`), value: label });
  }
  if (chips.length === 0) return null;
  return (
    <div className="no-print space-y-2">
      <h3 className="text-sm font-semibold">{t("active.heading")}</h3>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={explorerHref(
                withoutFilter(filters, chip.key as keyof CommitmentFilters),
                chip.key === "q" ? undefined : sort,
              )}
              className="inline-flex items-center gap-1.5 rounded-full border border-brand bg-brand-light px-3 py-1 text-sm text-brand-dark no-underline hover:underline"
            >
              <span className="sr-only">{t("active.remove")} </span>
              <span>
                {chip.name}: <bdi>{chip.value}</bdi>
              </span>
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        {chips.length > 1 && (
          <li>
            <Link href="/commitments" className="inline-block px-2 py-1 text-sm">
              {t("active.clearAll")}
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}
