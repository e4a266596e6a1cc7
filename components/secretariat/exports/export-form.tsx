import { getTranslations } from "next-intl/server";
import type { FilterOptions } from "@/lib/data/public/list-filter-options";
import { STATUS_CATEGORIES } from "@/lib/domain/implementation-status";
import { MEMBER_KINDS, PILLARS, REGIONAL_GROUPS } from "@/lib/domain/enum-values";

/**
 * The export's filters — the public explorer's, under the same URL parameter names — and its scope, in a GET form with
 * one submit button per format: each button posts the same fields to its own download address (formaction), so it
 * works without JavaScript and the address of a download can be shared with a colleague.
 */
export async function ExportForm({ options }: { options: FilterOptions }) {
  const [t, tStatus] = await Promise.all([getTranslations("reporting.exports.form"), getTranslations("statuses")]);
  const select = (name: string, label: string, choices: { value: string; label: string }[]) => (
    <div className="space-y-1">
      <label htmlFor={`export-${name}`} className="block font-semibold">
        {label}
      </label>
      <select
        id={`export-${name}`}
        name={name}
        defaultValue=""
        className="w-full rounded border border-line-strong bg-paper px-2 py-1.5"
      >
        <option value="">{t("any")}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
  const button = "rounded border border-brand bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand-dark";
  return (
    <form
      method="get"
      action="/secretariat/exports/csv"
      className="space-y-5 rounded-md border border-line bg-paper-raised p-4"
    >
      <div className="space-y-1">
        <label htmlFor="export-q" className="block font-semibold">
          {t("q")}
        </label>
        <input
          id="export-q"
          name="q"
          type="search"
          maxLength={200}
          className="w-full max-w-md rounded border border-line-strong bg-paper px-2 py-1.5"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {select(
          "theme",
          t("theme"),
          options.themes.map((theme) => ({ value: theme.slug, label: theme.name })),
        )}
        {select(
          "member",
          t("member"),
          options.members.map((member) => ({ value: member.slug, label: member.name })),
        )}
        {select(
          "status",
          t("status"),
          STATUS_CATEGORIES.map((status) => ({ value: status, label: tStatus(`implementation.${status}`) })),
        )}
        {select(
          "pillar",
          t("pillar"),
          PILLARS.map((pillar) => ({ value: pillar, label: tStatus(`pillar.${pillar}`) })),
        )}
        {select(
          "kind",
          t("kind"),
          MEMBER_KINDS.map((kind) => ({ value: kind, label: tStatus(`memberKind.${kind}`) })),
        )}
        {select(
          "region",
          t("region"),
          REGIONAL_GROUPS.map((group) => ({ value: group, label: tStatus(`regionalGroup.${group}`) })),
        )}
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
      </div>
      <fieldset className="space-y-1">
        <legend className="font-semibold">{t("scope")}</legend>
        <div className="flex items-start gap-2">
          <input id="export-scope-public" type="radio" name="scope" value="public" defaultChecked className="mt-1" />
          <label htmlFor="export-scope-public">{t("scopePublic")}</label>
        </div>
        <div className="flex items-start gap-2">
          <input id="export-scope-all" type="radio" name="scope" value="all" className="mt-1" />
          <label htmlFor="export-scope-all">{t("scopeAll")}</label>
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" formAction="/secretariat/exports/xlsx" className={button}>
          {t("downloadXlsx")}
        </button>
        <button type="submit" formAction="/secretariat/exports/csv" className={button}>
          {t("downloadCsv")}
        </button>
        <button type="submit" formAction="/secretariat/exports/json" className={button}>
          {t("downloadJson")}
        </button>
      </div>
    </form>
  );
}
