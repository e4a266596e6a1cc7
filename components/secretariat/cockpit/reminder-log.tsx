import { getFormatter, getTranslations } from "next-intl/server";
import type { ReminderLogRow } from "@/lib/data/secretariat/reporting/get-cockpit";
import { DATE_AND_TIME } from "@/lib/i18n/time-zone";

/** The latest reminder emails from the email log, whether sent, pending or failed. */
export async function ReminderLog({ rows }: { rows: ReminderLogRow[] }) {
  const [t, tKind, format] = await Promise.all([
    getTranslations("reporting.cockpit.log"),
    getTranslations("reporting.emailKinds"),
    getFormatter(),
  ]);
  const th = "border-b-2 border-line-strong px-3 py-2";
  const td = "border-b border-line px-3 py-2 align-top";
  return (
    <section aria-labelledby="reminder-log-heading" className="space-y-3">
      <h2 id="reminder-log-heading" className="text-2xl">
        {t("heading")}
      </h2>
      <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="reminder-log-heading" tabIndex={0}>
          <table className="w-full border-collapse text-start text-sm">
            <caption className="pb-2 text-start text-ink-muted">{t("caption", { count: rows.length })}</caption>
            <thead className="bg-paper-raised">
              <tr>
                <th scope="col" className={th}>
                  {t("when")}
                </th>
                <th scope="col" className={th}>
                  {t("member")}
                </th>
                <th scope="col" className={th}>
                  {t("to")}
                </th>
                <th scope="col" className={th}>
                  {t("kind")}
                </th>
                <th scope="col" className={th}>
                  {t("subject")}
                </th>
                <th scope="col" className={th}>
                  {t("status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className={td}>
                    <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, DATE_AND_TIME)}</time>
                  </td>
                  <td className={td}>{row.memberName ?? "—"}</td>
                  <td className={td}>{row.toAddress}</td>
                  <td className={td}>{tKind(row.kind)}</td>
                  <td className={td}>{row.subject}</td>
                  <td className={td}>
                    <span className={row.status === "FAILED" ? "font-semibold text-danger" : undefined}>
                      {t(`statuses.${row.status}`)}
                    </span>
                    {row.error && <span className="block text-ink-muted">{row.error}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
