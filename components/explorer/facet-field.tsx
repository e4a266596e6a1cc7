import { getFormatter, getTranslations } from "next-intl/server";
import type { FacetKey, FacetOption } from "@/lib/domain/facets";

type Props = { name: FacetKey; legend: string; options: FacetOption[]; selected: string | undefined; display: "radios" | "select" };

/**
 * One facet of the explorer's form: a group of radio buttons (short lists) or a labelled select (long lists), each
 * value with the number of commitments it would show given every other filter in force.
 */
export async function FacetField({ name, legend, options, selected, display }: Props) {
  const t = await getTranslations("explorer.facets");
  const format = await getFormatter();
  const id = (value: string) => `facet-${name}-${value || "all"}`;
  if (display === "select") {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`facet-${name}`} className="font-semibold">
          {legend}
        </label>
        <select
          id={`facet-${name}`}
          name={name}
          defaultValue={selected ?? ""}
          className="w-full min-w-0 rounded border border-ink-subtle bg-paper px-2 py-1.5 text-sm"
        >
          <option value="">{t("all")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value} data-count={option.count}>
              {t("optionWithCount", { label: option.label, count: format.number(option.count) })}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <ul className="space-y-1 text-sm">
        <li className="flex items-center gap-2">
          <input type="radio" id={id("")} name={name} value="" defaultChecked={selected === undefined} className="size-4" />
          <label htmlFor={id("")}>{t("all")}</label>
        </li>
        {options.map((option) => (
          <li key={option.value} data-count={option.count} className="flex items-center gap-2">
            <input
              type="radio"
              id={id(option.value)}
              name={name}
              value={option.value}
              defaultChecked={option.selected}
              className="size-4 shrink-0"
            />
            <label htmlFor={id(option.value)} className="flex flex-1 justify-between gap-2">
              <span>{option.label}</span>{" "}
              <span className={`tabular-nums ${option.count === 0 ? "text-ink-muted" : ""}`}>
                <span aria-hidden="true">{format.number(option.count)}</span>
                <span className="sr-only">{t("count", { count: option.count })}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
