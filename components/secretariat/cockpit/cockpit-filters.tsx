import { getTranslations } from "next-intl/server";
import { COCKPIT_FILTERS, COCKPIT_SORTS, type CockpitFilter, type CockpitSort } from "@/lib/reporting/cockpit-view";

/** Which members the cockpit lists, and in what order: a GET form, so it works without JavaScript and can be shared. */
export async function CockpitFilters({ show, sort }: { show: CockpitFilter; sort: CockpitSort }) {
  const t = await getTranslations("reporting.cockpit.filters");
  return (
    <form
      method="get"
      action="/secretariat/cockpit"
      className="no-print flex flex-wrap items-end gap-4 rounded-md border border-line bg-paper-raised p-3"
    >
      <div className="space-y-1">
        <label htmlFor="cockpit-show" className="block text-sm font-semibold">
          {t("show")}
        </label>
        <select
          id="cockpit-show"
          name="show"
          defaultValue={show}
          className="rounded border border-line-strong bg-paper px-2 py-1"
        >
          {COCKPIT_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`showOptions.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="cockpit-sort" className="block text-sm font-semibold">
          {t("sort")}
        </label>
        <select
          id="cockpit-sort"
          name="sort"
          defaultValue={sort}
          className="rounded border border-line-strong bg-paper px-2 py-1"
        >
          {COCKPIT_SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`sortOptions.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded border border-brand bg-paper px-3 py-1.5 font-semibold text-brand hover:bg-brand-light"
      >
        {t("apply")}
      </button>
    </form>
  );
}
