import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/public/pagination";
import { CockpitFilters } from "@/components/secretariat/cockpit/cockpit-filters";
import { CockpitTable } from "@/components/secretariat/cockpit/cockpit-table";
import { ReminderLog } from "@/components/secretariat/cockpit/reminder-log";
import { ReportingActionForm } from "@/components/secretariat/cycles/reporting-action-form";
import { sendReminderAction } from "@/lib/actions/send-reminder";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { getCockpit } from "@/lib/data/secretariat/reporting/get-cockpit";
import { daysUntilDue } from "@/lib/domain/reminder-schedule";
import { COCKPIT_PAGE_SIZE, cockpitRows, parseCockpitQuery } from "@/lib/reporting/cockpit-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reporting.cockpit");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CockpitPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const cockpit = await readForPage(pagePath("/secretariat/cockpit", params), (user) => getCockpit(user));
  const [t, format] = await Promise.all([getTranslations("reporting.cockpit"), getFormatter()]);
  if (!cockpit.cycle) {
    return (
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("noOpenCycle")}</p>
        <p>
          <Link href="/secretariat/cycles">{t("manageCycles")}</Link>
        </p>
      </div>
    );
  }

  const { cycle, rows, log, remindersThisCycle } = cockpit;
  const query = parseCockpitQuery(params);
  const shown = cockpitRows(rows, query.show, query.sort);
  const pageCount = Math.max(1, Math.ceil(shown.length / COCKPIT_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const pageRows = shown.slice((page - 1) * COCKPIT_PAGE_SIZE, page * COCKPIT_PAGE_SIZE);
  const withCommitments = rows.filter((row) => row.commitments > 0);
  const due = rows.filter((row) => row.due).length;
  const days = daysUntilDue(new Date(), cycle.dueOn);
  const dueDate = format.dateTime(cycle.dueOn, { dateStyle: "long" });

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro", { cycle: cycle.name })}</p>
        <p className="font-semibold">
          {days > 0
            ? t("dueIn", { days, date: dueDate })
            : days === 0
              ? t("dueToday", { date: dueDate })
              : t("overdue", { days: -days, date: dueDate })}
        </p>
      </header>

      <section aria-labelledby="cockpit-summary" className="space-y-3">
        <h2 id="cockpit-summary" className="sr-only">
          {t("summary.heading")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {[
            [t("summary.members"), withCommitments.length],
            [t("summary.reportedAll"), withCommitments.filter((row) => row.reported === row.commitments).length],
            [t("summary.silent"), rows.filter((row) => row.silent).length],
            [t("summary.reminders"), remindersThisCycle],
          ].map(([label, value]) => (
            <div key={label} className="flex flex-col rounded-md border border-line bg-paper-raised p-4">
              <dt className="order-2 text-sm font-medium text-ink-muted">{label}</dt>
              <dd className="order-1 text-3xl font-semibold tabular-nums">{format.number(Number(value))}</dd>
            </div>
          ))}
        </dl>
        <div className="max-w-3xl rounded-md border border-line p-4">
          <ReportingActionForm
            action={sendReminderAction}
            hidden={{ target: "due" }}
            submitLabel={t("remindAll", { count: due })}
            variant="primary"
          >
            <p className="text-sm text-ink-muted">{t("remindAllExplain")}</p>
          </ReportingActionForm>
        </div>
      </section>

      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-2xl">
          {t("table.heading")}
        </h2>
        <CockpitFilters show={query.show} sort={query.sort} />
        <p role="status" className="font-medium">
          {t("table.count", { shown: shown.length, total: rows.length })}
        </p>
        <CockpitTable rows={pageRows} cycleName={cycle.name} />
        <Pagination
          page={page}
          pageCount={pageCount}
          pathname="/secretariat/cockpit"
          query={{ show: query.show, sort: query.sort }}
          label={t("table.pagination")}
        />
      </section>

      <ReminderLog rows={log} />
    </div>
  );
}
