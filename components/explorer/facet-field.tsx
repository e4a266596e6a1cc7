import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { FacetKey, FacetOption } from "@/lib/domain/facets";

type Props = {
  name: FacetKey;
  legend: string;
  options: FacetOption[];
  selected: string | undefined;
  display: "radios" | "select";
  /** A remark under a select, such as why not every value is offered. */
  note?: ReactNode;
  /** Radio buttons folded away under their name until opened (they open by themselves when one is selected). */
  folded?: boolean;
};

/**
 * One facet of the explorer's form: a group of radio buttons (short lists) or a labelled select (long lists), each
 * value with the number of commitments it would show given every other filter in force.
 */
export async function FacetField({ name, legend, options, selected, display, note, folded = false }: Props) {
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
          aria-describedby={note ? `facet-${name}-note` : undefined}
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
        {note && (
          <p id={`facet-${name}-note`} className="text-sm text-ink-muted">
            {note}
          </p>
        )}
      </div>
    );
  }
  const group = (
    <fieldset className="space-y-1">
      <legend className={folded ? "sr-only" : "mb-1 font-semibold"}>{legend}</legend>
      <ul className="space-y-1 text-sm">
        <li className="flex items-center gap-2">
          <input
            type="radio"
            id={id("")}
            name={name}
            value=""
            defaultChecked={selected === undefined}
            className="size-4"
          />
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
  if (!folded) return group;
  return (
    <details open={selected !== undefined} className="group">
      <summary className="cursor-pointer font-semibold">{legend}</summary>
      <div className="mt-1">{group}</div>
    </details>
  );
}
