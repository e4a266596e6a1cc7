import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { JsonDiffView } from "@/components/secretariat/audit/json-diff-view";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { FilterForm, SelectFilter, TextFilter } from "@/components/secretariat/filter-form";
import { AUDIT_FILTER_PARAMS, auditLogFiltersFrom } from "@/lib/data/secretariat/audit-log-filters";
import { listAuditLog, listAuditLogChoices } from "@/lib/data/secretariat/list-audit-log";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { keptQuery, type SearchParams } from "@/lib/validation/console-params";
import { DATE_AND_TIME } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariat.audit");
  return { title: t("metaTitle"), robots: { index: false } };
}

const PATH = "/secretariat/audit";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = auditLogFiltersFrom(params);
  const { page, choices } = await readForPage(pagePath(PATH, params), async (user) => {
    const page = await listAuditLog(user, filters);
    return { page, choices: await listAuditLogChoices(user) };
  });
  const [t, format] = await Promise.all([getTranslations("secretariat.audit"), getFormatter()]);
  const query = keptQuery(params, AUDIT_FILTER_PARAMS);
  const exportHref = `${PATH}/export${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ""}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>
      <FilterForm
        action={PATH}
        legend={t("filters.legend")}
        submitLabel={t("filters.apply")}
        clearLabel={t("filters.clear")}
      >
        <TextFilter name="actor" label={t("filters.actor")} value={filters.actor} />
        <SelectFilter
          name="member"
          label={t("filters.member")}
          value={filters.memberId}
          allLabel={t("filters.all")}
          options={choices.members.map((m) => ({ value: m.id, label: m.name }))}
        />
        <SelectFilter
          name="entity"
          label={t("filters.entity")}
          value={filters.entityType}
          allLabel={t("filters.all")}
          options={choices.entityTypes.map((value) => ({ value, label: value }))}
        />
        <SelectFilter
          name="action"
          label={t("filters.action")}
          value={filters.action}
          allLabel={t("filters.all")}
          options={choices.actions.map((value) => ({ value, label: value }))}
        />
        <TextFilter name="from" label={t("filters.from")} value={filters.from} type="date" />
        <TextFilter name="to" label={t("filters.to")} value={filters.to} type="date" />
      </FilterForm>
      <p>
        {/* A plain link: the answer is a file. */}
        <a href={exportHref} download className="font-semibold">
          {t("export")}
        </a>
      </p>
      <ConsoleTable
        caption={t("caption")}
        empty={page.entries.length === 0 ? t("empty") : null}
        columns={[
          { label: t("columns.when") },
          { label: t("columns.who") },
          { label: t("columns.what") },
          { label: t("columns.changes") },
        ]}
      >
        {page.entries.map((entry) => (
          <tr key={entry.id}>
            <td className="whitespace-nowrap">
              <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, DATE_AND_TIME)}</time>
            </td>
            <td className="min-w-[10rem] [overflow-wrap:anywhere]">{entry.actorLabel}</td>
            <td className="min-w-[12rem] [overflow-wrap:anywhere]">
              <code className="font-semibold">{entry.action}</code>
              <span className="block">
                {t("record", { type: entry.entityType })}
                {entry.entityId && <span className="block text-xs text-ink-muted">{entry.entityId}</span>}
              </span>
              {entry.member && (
                <span className="block">
                  {t.rich("member", { name: () => <bdi>{entry.member?.name ?? entry.member?.id}</bdi> })}
                </span>
              )}
            </td>
            <td className="min-w-[16rem] [overflow-wrap:anywhere]">
              <JsonDiffView changes={entry.changes} />
            </td>
          </tr>
        ))}
      </ConsoleTable>
      {(page.newerCursor || page.olderCursor) && (
        <nav aria-label={t("pagination.label")} className="flex flex-wrap gap-4 border-t border-line pt-4">
          {page.newerCursor && (
            <Link href={{ pathname: PATH, query: { ...query, after: page.newerCursor } }} rel="prev">
              <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">
                ←
              </span>
              {t("pagination.newer")}
            </Link>
          )}
          {page.olderCursor && (
            <Link href={{ pathname: PATH, query: { ...query, before: page.olderCursor } }} rel="next">
              {t("pagination.older")}
              <span aria-hidden="true" className="ms-1 inline-block rtl:-scale-x-100">
                →
              </span>
            </Link>
          )}
          {(filters.before || filters.after) && <Link href={{ pathname: PATH, query }}>{t("pagination.latest")}</Link>}
        </nav>
      )}
    </div>
  );
}
