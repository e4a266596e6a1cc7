"use client";

import { useTransition, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localizedPath } from "@/lib/i18n/localized-path";
import { parseAsString, useQueryStates } from "nuqs";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { FilterOptions } from "@/lib/data/public/list-filter-options";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import { MEMBER_KINDS, PILLARS, REGIONAL_GROUPS } from "@/lib/domain/enum-values";

/**
 * The filters the form offers, as URL parameters (DASHBOARD_FILTER_KEYS, in the same order). A member filter is
 * honoured and shown as a chip when it arrives in a link, but not offered here: hundreds of members make a poor list.
 */
const queryParsers = {
  theme: parseAsString,
  pillar: parseAsString,
  kind: parseAsString,
  region: parseAsString,
  meeting: parseAsString,
  year: parseAsString,
  status: parseAsString,
};

type Key = keyof typeof queryParsers;

type Props = {
  /** The page the filters apply to; a plain GET form there, so it works without JavaScript. */
  action: string;
  options: Pick<FilterOptions, "themes" | "meetings" | "years">;
  values: CommitmentFilters;
  /** Parameters of the view the form does not change (the map's measure, a member): kept when the filters change. */
  keep: Record<string, string>;
};

/**
 * Filters that live in the URL. With JavaScript, nuqs updates the URL without a full reload, as a new history entry,
 * so Back and Forward step through the views; without it the form is a plain GET form.
 */
export function DashboardFilterForm({ action, options, values, keep }: Props) {
  const t = useTranslations("public.filters");
  const locale = useLocale();
  const tStatus = useTranslations("statuses");
  const [isPending, startTransition] = useTransition();
  const [, setQuery] = useQueryStates(queryParsers, {
    shallow: false,
    history: "push",
    scroll: false,
    startTransition,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (key: string) => {
      const entry = data.get(key);
      return typeof entry === "string" && entry.trim() !== "" ? entry.trim() : null;
    };
    void setQuery(Object.fromEntries(Object.keys(queryParsers).map((key) => [key, value(key)])));
  }

  const select = (name: Key, label: string, choices: { value: string; label: string }[]) => (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={values[name] === undefined ? "" : String(values[name])}
        className="min-w-0 rounded border border-ink-subtle bg-paper px-2 py-1.5 text-sm"
      >
        <option value="">{t("all")}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
  const enumChoices = (values: readonly string[], namespace: string) =>
    values.map((value) => ({ value, label: tStatus(`${namespace}.${value}`) }));

  return (
    <form
      method="get"
      action={localizedPath(locale, action)}
      onSubmit={onSubmit}
      aria-labelledby="filters-heading"
      className="no-print space-y-3 rounded-md border border-line bg-paper-raised p-4"
    >
      <h2 id="filters-heading" className="text-base">
        {t("heading")}
      </h2>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Re-created when the URL changes (back/forward), so each select shows the filter in force. */}
      <div key={JSON.stringify(values)} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {select(
          "theme",
          t("theme"),
          options.themes.map((theme) => ({ value: theme.slug, label: theme.name })),
        )}
        {select("pillar", t("pillar"), enumChoices(PILLARS, "pillar"))}
        {select("kind", t("kind"), enumChoices(MEMBER_KINDS, "memberKind"))}
        {select("region", t("region"), enumChoices(REGIONAL_GROUPS, "regionalGroup"))}
        {select(
          "meeting",
          t("meeting"),
          options.meetings.map((meeting) => ({ value: meeting.slug, label: meeting.title })),
        )}
        {select(
          "year",
          t("year"),
          options.years.map((year) => ({ value: String(year), label: String(year) })),
        )}
        {select(
          "status",
          t("status"),
          STATUS_CATEGORIES.map((status) => ({ value: status, label: tStatus(statusLabelKey(status)) })),
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-brand px-4 py-2 text-sm font-semibold text-paper hover:bg-brand-dark"
        >
          {t("apply")}
        </button>
        <p aria-live="polite" className="text-sm text-ink-muted">
          {isPending ? t("updating") : ""}
        </p>
      </div>
    </form>
  );
}
