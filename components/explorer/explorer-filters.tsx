import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { FacetCounts } from "@/lib/data/public/count-commitment-facets";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { FilterOptions } from "@/lib/data/public/list-filter-options";
import { FACET_KEYS, facetOptions, type FacetKey } from "@/lib/domain/facets";
import { sortParam, type SortKey } from "@/lib/domain/explorer-sort";
import { facetCatalogues, facetValue } from "./facet-catalogues";
import { FacetField } from "./facet-field";
import { GetForm } from "./get-form";

/** Short, fixed lists are radio buttons and keep their zero counts; long, growing ones are selects. */
const DISPLAY: Record<FacetKey, "radios" | "select"> = {
  type: "radios",
  status: "radios",
  theme: "radios",
  pillar: "radios",
  kind: "radios",
  region: "radios",
  member: "select",
  meeting: "select",
  year: "select",
};

/** Radio groups shown open; the others are folded under their name until opened or used. */
const OPEN: readonly FacetKey[] = ["type", "status", "theme"];

/**
 * A select offers at most this many values, those with the most commitments: with hundreds of members, listing them
 * all would make every page heavy. Any member can still be reached from the members page.
 */
const SELECT_LIMIT = 30;

type Props = { filters: CommitmentFilters; sort: SortKey; counts: FacetCounts; options: FilterOptions };

/** The explorer's search box and facets: one GET form, so every view is a URL and works without JavaScript. */
export async function ExplorerFilters({ filters, sort, counts, options }: Props) {
  const t = await getTranslations("explorer");
  const catalogues = await facetCatalogues(options);
  const explicitSort = sortParam(sort, Boolean(filters.q));
  return (
    <GetForm
      id="explorer-filters"
      action="/commitments"
      labelledBy="explorer-filters-heading"
      className="no-print space-y-5 rounded-md border border-line bg-paper-raised p-4"
    >
      <h2 id="explorer-filters-heading" className="text-lg">
        {t("search.heading")}
      </h2>
      <div className="space-y-1">
        <label htmlFor="explorer-q" className="font-semibold">
          {t("search.label")}
        </label>
        <div className="flex gap-2">
          <input
            id="explorer-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={200}
            aria-describedby="explorer-q-hint"
            className="min-w-0 flex-1 rounded border border-ink-subtle bg-paper px-2 py-1.5"
          />
          <button
            id="explorer-search"
            type="submit"
            className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-paper hover:bg-brand-dark"
          >
            {t("search.submit")}
          </button>
        </div>
        <p id="explorer-q-hint" className="text-sm text-ink-muted">
          {t("search.hint")}
        </p>
      </div>
      <p className="lg:hidden">
        <a href="#results" className="text-sm">
          {t("search.skipToResults")}
        </a>
      </p>
      {/* A sort the reader chose is kept when filtering; the default follows the search (relevance or member). */}
      {explicitSort && <input type="hidden" name="sort" value={explicitSort} />}
      {FACET_KEYS.map((key) => {
        const selected = facetValue(filters, key);
        const values = new Map(Object.entries(counts[key]));
        return (
          <FacetField
            key={key}
            name={key}
            legend={t(`facets.${key}`)}
            display={DISPLAY[key]}
            folded={DISPLAY[key] === "radios" && !OPEN.includes(key)}
            selected={selected}
            options={facetOptions(catalogues[key], values, selected, DISPLAY[key] === "radios", SELECT_LIMIT)}
            note={
              key === "member" && values.size > SELECT_LIMIT
                ? t.rich("facets.memberLimit", {
                    limit: SELECT_LIMIT,
                    link: (chunks) => <Link href="/members">{chunks}</Link>,
                  })
                : undefined
            }
          />
        );
      })}
      <div className="flex flex-wrap items-center gap-4 border-t border-line pt-4">
        <button
          id="explorer-apply"
          type="submit"
          className="rounded bg-brand px-4 py-2 text-sm font-semibold text-paper hover:bg-brand-dark"
        >
          {t("search.apply")}
        </button>
        <Link href="/commitments" className="text-sm">
          {t("search.clear")}
        </Link>
      </div>
    </GetForm>
  );
}
