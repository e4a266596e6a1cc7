import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { DashboardView } from "@/lib/data/public/get-dashboard-view";
import { DASHBOARD_FILTER_KEYS } from "@/lib/domain/dashboard-view";
import { filterChips } from "@/lib/domain/filter-chips";
import { filterLabels, filtersSentence } from "./filter-labels";
import { isolate } from "@/lib/i18n/isolate";

type Props = {
  view: DashboardView;
  /** The page whose view the chips change. */
  path: string;
  /** On an embedded chart the filters are stated, not removable: the embedding page chose them. */
  removable?: boolean;
};

/** The filters in force, each a link that removes it (so this works without JavaScript), and "clear all". */
export async function FilterChips({ view, path, removable = true }: Props) {
  const t = await getTranslations("public.filters");
  const labels = new Map((await filterLabels(view)).map((entry) => [entry.key, entry.label]));
  const keep: Record<string, string> = view.measure === "commitments" ? {} : { measure: view.measure };
  const chips = filterChips(path, DASHBOARD_FILTER_KEYS, view.filters, keep).map((chip) => ({
    ...chip,
    label: labels.get(chip.key) ?? chip.key,
  }));
  if (chips.length === 0) return null;
  if (!removable) return <p className="text-sm">{await filtersSentence(view)}</p>;
  const clearAll = new URLSearchParams(keep).toString();
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-labelledby="filter-chips-heading">
      <h2 id="filter-chips-heading" className="text-sm font-medium">
        {t("chipsHeading")}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              scroll={false}
              aria-label={t("removeFilter", { label: isolate(chip.label) })}
              className="inline-flex items-center gap-1.5 rounded-full border border-brand bg-brand-light px-3 py-1 text-sm text-ink no-underline hover:bg-paper-sunken"
            >
              {chip.label}
              <span aria-hidden="true" className="font-semibold">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={clearAll ? `${path}?${clearAll}` : path} scroll={false} className="text-sm">
        {t("clearAll")}
      </Link>
    </div>
  );
}
