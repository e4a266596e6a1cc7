"use client";

import Link from "next/link";
import { useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { parseAsInteger, parseAsString, useQueryStates } from "nuqs";
import type { CommitmentFilters } from "@/lib/data/public/commitment-filters";
import type { FilterOptions } from "@/lib/data/public/list-filter-options";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import { Pillar } from "@/lib/generated/prisma/enums";

const queryParsers = {
  q: parseAsString,
  theme: parseAsString,
  member: parseAsString,
  status: parseAsString,
  pillar: parseAsString,
  page: parseAsInteger,
};

type Props = {
  /** The page the filters apply to; the form is a plain GET form there, so it works without JavaScript. */
  action: "/" | "/commitments";
  options: FilterOptions;
  values: CommitmentFilters;
  /** The list also offers a text search and a status filter; the dashboard, which charts statuses, does not. */
  explorer?: boolean;
};

/** Filters that live in the URL. With JavaScript, nuqs updates the URL without a full reload (back/forward work). */
export function FiltersForm({ action, options, values, explorer = false }: Props) {
  const t = useTranslations("public.filters");
  const tStatus = useTranslations("statuses");
  const [isPending, startTransition] = useTransition();
  const [, setQuery] = useQueryStates(queryParsers, { shallow: false, history: "push", scroll: false, startTransition });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (key: string) => {
      const entry = data.get(key);
      return typeof entry === "string" && entry.trim() !== "" ? entry.trim() : null;
    };
    // A new filter starts again from the first page.
    void setQuery({
      q: value("q"),
      theme: value("theme"),
      member: value("member"),
      status: value("status"),
      pillar: value("pillar"),
      page: null,
    });
  }

  const select = (name: Exclude<keyof CommitmentFilters, "q">, label: string, choices: { value: string; label: string }[]) => (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={values[name] ?? ""}
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

  return (
    <form method="get" action={action} onSubmit={onSubmit} aria-labelledby="filters-heading" className="no-print space-y-3 rounded-md border border-line bg-paper-raised p-4">
      <h2 id="filters-heading" className="text-base">
        {t("heading")}
      </h2>
      {/* Re-created when the URL changes (back/forward), so each select shows the filter in force. */}
      <div key={JSON.stringify(values)} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {explorer && (
          <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-4">
            <label htmlFor="filter-q" className="text-sm font-medium">
              {t("search")}
            </label>
            <input
              id="filter-q"
              name="q"
              type="search"
              defaultValue={values.q ?? ""}
              maxLength={200}
              aria-describedby="filter-q-hint"
              className="rounded border border-ink-subtle bg-paper px-2 py-1.5 text-sm"
            />
            <p id="filter-q-hint" className="text-sm text-ink-muted">
              {t("searchHint")}
            </p>
          </div>
        )}
        {select("theme", t("theme"), options.themes.map((theme) => ({ value: theme.slug, label: theme.name })))}
        {select("member", t("member"), options.members.map((member) => ({ value: member.slug, label: member.name })))}
        {explorer &&
          select("status", t("status"), STATUS_CATEGORIES.map((status) => ({ value: status, label: tStatus(statusLabelKey(status)) })))}
        {select("pillar", t("pillar"), Object.values(Pillar).map((pillar) => ({ value: pillar, label: tStatus(`pillar.${pillar}`) })))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-paper hover:bg-brand-dark">
          {t("apply")}
        </button>
        <Link href={action} className="text-sm">
          {t("clear")}
        </Link>
        <p aria-live="polite" className="text-sm text-ink-muted">
          {isPending ? t("updating") : ""}
        </p>
      </div>
    </form>
  );
}
