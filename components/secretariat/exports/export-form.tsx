import { getTranslations } from "next-intl/server";
import { pathInLocale } from "@/lib/i18n/redirect";
import { Field, FieldGroup } from "@/components/form/field";
import { buttonClass, INPUT_CLASS } from "@/components/form/styles";
import type { FilterOptions } from "@/lib/data/public/list-filter-options";
import { STATUS_CATEGORIES } from "@/lib/domain/implementation-status";
import { MEMBER_KINDS, PILLARS, REGIONAL_GROUPS } from "@/lib/domain/enum-values";

type Choice = { value: string; label: string };

/** One filter of the export: "Any" or one of its values. */
function ExportSelect({ name, label, any, choices }: { name: string; label: string; any: string; choices: Choice[] }) {
  return (
    <Field id={`export-${name}`} label={label}>
      {(control) => (
        <select {...control} name={name} defaultValue="" className={INPUT_CLASS}>
          <option value="">{any}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The export's filters — the public explorer's, under the same URL parameter names — and its scope, in a GET form with
 * one submit button per format: each button posts the same fields to its own download address (formaction), so it
 * works without JavaScript and the address of a download can be shared with a colleague.
 */
export async function ExportForm({ options }: { options: FilterOptions }) {
  const [t, tStatus] = await Promise.all([getTranslations("reporting.exports.form"), getTranslations("statuses")]);
  const filters: { name: string; label: string; choices: Choice[] }[] = [
    {
      name: "theme",
      label: t("theme"),
      choices: options.themes.map((theme) => ({ value: theme.slug, label: theme.name })),
    },
    {
      name: "member",
      label: t("member"),
      choices: options.members.map((member) => ({ value: member.slug, label: member.name })),
    },
    {
      name: "status",
      label: t("status"),
      choices: STATUS_CATEGORIES.map((status) => ({ value: status, label: tStatus(`implementation.${status}`) })),
    },
    {
      name: "pillar",
      label: t("pillar"),
      choices: PILLARS.map((pillar) => ({ value: pillar, label: tStatus(`pillar.${pillar}`) })),
    },
    {
      name: "kind",
      label: t("kind"),
      choices: MEMBER_KINDS.map((kind) => ({ value: kind, label: tStatus(`memberKind.${kind}`) })),
    },
    {
      name: "region",
      label: t("region"),
      choices: REGIONAL_GROUPS.map((group) => ({ value: group, label: tStatus(`regionalGroup.${group}`) })),
    },
    {
      name: "meeting",
      label: t("meeting"),
      choices: options.meetings.map((meeting) => ({ value: meeting.slug, label: meeting.title })),
    },
    {
      name: "year",
      label: t("year"),
      choices: options.years.map((year) => ({ value: String(year), label: String(year) })),
    },
  ];
  const formats = [
    { path: "/secretariat/exports/xlsx", label: t("downloadXlsx") },
    { path: "/secretariat/exports/csv", label: t("downloadCsv") },
    { path: "/secretariat/exports/json", label: t("downloadJson") },
  ];
  const formAction = await pathInLocale("/secretariat/exports/csv");
  return (
    <form method="get" action={formAction} className="space-y-5 rounded-md border border-line bg-paper-raised p-4">
      <Field id="export-q" label={t("q")}>
        {(control) => (
          <input {...control} name="q" type="search" maxLength={200} className={`${INPUT_CLASS} max-w-md`} />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {filters.map((filter) => (
          <ExportSelect
            key={filter.name}
            name={filter.name}
            label={filter.label}
            any={t("any")}
            choices={filter.choices}
          />
        ))}
      </div>
      <FieldGroup id="export-scope" legend={t("scope")} className="space-y-1">
        <div className="flex items-start gap-2">
          <input id="export-scope-public" type="radio" name="scope" value="public" defaultChecked className="mt-1" />
          <label htmlFor="export-scope-public">{t("scopePublic")}</label>
        </div>
        <div className="flex items-start gap-2">
          <input id="export-scope-all" type="radio" name="scope" value="all" className="mt-1" />
          <label htmlFor="export-scope-all">{t("scopeAll")}</label>
        </div>
      </FieldGroup>
      <div className="flex flex-wrap gap-3">
        {formats.map((format) => (
          <button key={format.path} type="submit" formAction={format.path} className={buttonClass()}>
            {format.label}
          </button>
        ))}
      </div>
    </form>
  );
}
