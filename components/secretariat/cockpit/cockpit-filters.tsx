import { getTranslations } from "next-intl/server";
import { pathInLocale } from "@/lib/i18n/redirect";
import { Field } from "@/components/form/field";
import { buttonClass, INPUT_CLASS } from "@/components/form/styles";
import { COCKPIT_FILTERS, COCKPIT_SORTS, type CockpitFilter, type CockpitSort } from "@/lib/reporting/cockpit-view";

/** Which members the cockpit lists, and in what order: a GET form, so it works without JavaScript and can be shared. */
export async function CockpitFilters({ show, sort }: { show: CockpitFilter; sort: CockpitSort }) {
  const t = await getTranslations("reporting.cockpit.filters");
  const formAction = await pathInLocale("/secretariat/cockpit");
  return (
    <form
      method="get"
      action={formAction}
      className="no-print flex flex-wrap items-end gap-4 rounded-md border border-line bg-paper-raised p-3"
    >
      <Field id="cockpit-show" label={t("show")} labelClassName="block text-sm font-semibold">
        {(control) => (
          <select {...control} name="show" defaultValue={show} className={INPUT_CLASS}>
            {COCKPIT_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`showOptions.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="cockpit-sort" label={t("sort")} labelClassName="block text-sm font-semibold">
        {(control) => (
          <select {...control} name="sort" defaultValue={sort} className={INPUT_CLASS}>
            {COCKPIT_SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`sortOptions.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className={buttonClass("secondary")}>
        {t("apply")}
      </button>
    </form>
  );
}
