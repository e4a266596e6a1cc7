import { getTranslations } from "next-intl/server";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { sortChoices, type SortKey } from "@/lib/domain/explorer-sort";
import { explorerQuery } from "./explorer-query";
import { GetForm } from "./get-form";

/** The order of the results: its own small GET form that carries the current filters along. */
export async function SortForm({ filters, sort }: { filters: CommitmentFilters; sort: SortKey }) {
  const t = await getTranslations("explorer.sort");
  const hidden = Object.entries(explorerQuery(filters));
  return (
    <GetForm id="explorer-sort" action="/commitments" className="no-print flex flex-wrap items-end gap-2">
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor="explorer-sort-by" className="text-sm font-semibold">
          {t("label")}
        </label>
        <select
          id="explorer-sort-by"
          name="sort"
          defaultValue={sort}
          className="rounded border border-ink-subtle bg-paper px-2 py-1.5 text-sm"
        >
          {sortChoices(Boolean(filters.q)).map((key) => (
            <option key={key} value={key}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <button
        id="explorer-sort-apply"
        type="submit"
        className="rounded border border-brand px-3 py-1.5 text-sm font-semibold text-brand hover:bg-brand-light"
      >
        {t("apply")}
      </button>
    </GetForm>
  );
}
