import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReportingActionForm } from "@/components/secretariat/cycles/reporting-action-form";
import { sendReminderAction } from "@/lib/actions/send-reminder";
import type { CockpitRow } from "@/lib/data/secretariat/reporting/get-cockpit";
import { bdi, hidden } from "@/components/form/visually-hidden";
import { isolate } from "@/lib/i18n/isolate";

/** Member × open cycle: who has reported, whose drafts are pending, who is silent, and a reminder button per member. */
export async function CockpitTable({ rows, cycleName }: { rows: CockpitRow[]; cycleName: string }) {
  const [t, tKind, tEmail, format] = await Promise.all([
    getTranslations("reporting.cockpit.table"),
    getTranslations("statuses.memberKind"),
    getTranslations("reporting.emailKinds"),
    getFormatter(),
  ]);
  if (rows.length === 0) return <p>{t("empty")}</p>;
  const th = "border-b-2 border-line-strong px-3 py-2 align-bottom";
  const td = "border-b border-line px-3 py-2 align-top";
  return (
    <div
      className="overflow-x-auto"
      role="region"
      aria-label={t("caption", { cycle: isolate(cycleName) })}
      tabIndex={0}
    >
      <table className="w-full border-collapse text-start text-sm">
        <caption className="pb-2 text-start text-ink-muted">{t("caption", { cycle: cycleName })}</caption>
        <thead className="bg-paper-raised">
          <tr>
            <th scope="col" className={th}>
              {t("member")}
            </th>
            <th scope="col" className={th}>
              {t("focalPoints")}
            </th>
            <th scope="col" className={`${th} text-end`}>
              {t("commitments")}
            </th>
            <th scope="col" className={`${th} text-end`}>
              {t("reported")}
            </th>
            <th scope="col" className={`${th} text-end`}>
              {t("updates")}
            </th>
            <th scope="col" className={th}>
              {t("pending")}
            </th>
            <th scope="col" className={`${th} text-end`}>
              {t("daysSince")}
            </th>
            <th scope="col" className={th}>
              {t("lastReminder")}
            </th>
            <th scope="col" className={th}>
              {t("action")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.memberId}>
              <th scope="row" className={`${td} font-semibold`}>
                <Link href={`/members/${row.slug}`}>{row.name}</Link>
                <span className="block font-normal text-ink-muted">{tKind(row.kind)}</span>
                {row.silent && (
                  <span className="mt-1 inline-block rounded border border-dashed border-ink-subtle px-1.5 text-xs font-semibold uppercase">
                    {t("silent")}
                  </span>
                )}
              </th>
              <td className={td}>
                {row.focalPoints.length > 0 ? row.focalPoints.join(", ") : <em>{t("noFocalPoints")}</em>}
              </td>
              <td className={`${td} text-end tabular-nums`}>{format.number(row.commitments)}</td>
              <td className={`${td} text-end tabular-nums`}>
                {t("reportedOf", { reported: row.reported, total: row.commitments })}
              </td>
              <td className={`${td} text-end tabular-nums`}>{format.number(row.updatesThisCycle)}</td>
              <td className={td}>
                {row.drafts + row.submitted + row.returned === 0
                  ? t("nonePending")
                  : t("pendingCounts", { drafts: row.drafts, submitted: row.submitted, returned: row.returned })}
              </td>
              <td className={`${td} text-end tabular-nums`}>
                {row.daysSinceLastUpdate === null ? t("never") : t("days", { days: row.daysSinceLastUpdate })}
              </td>
              <td className={td}>
                {row.lastReminder ? (
                  <>
                    <time dateTime={row.lastReminder.at.toISOString()}>
                      {format.dateTime(row.lastReminder.at, { dateStyle: "medium" })}
                    </time>
                    <span className="block text-ink-muted">{tEmail(row.lastReminder.kind)}</span>
                  </>
                ) : (
                  t("noReminder")
                )}
              </td>
              <td className={td}>
                {row.due ? (
                  <ReportingActionForm
                    action={sendReminderAction}
                    hidden={{ target: "member", memberId: row.memberId, memberName: row.name }}
                    submitLabel={t.rich("remindNamed", { member: row.name, hidden, bdi })}
                  />
                ) : (
                  <span className="text-ink-muted">
                    {row.commitments === 0
                      ? t("noCommitments")
                      : row.focalPoints.length === 0
                        ? t("nobodyToRemind")
                        : t("upToDate")}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
