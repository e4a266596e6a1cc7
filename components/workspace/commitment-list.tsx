// "My commitments": one row per approved commitment, most urgent first, with the four facts (status, schedule,
// freshness for this cycle, and the latest update's state) as labels, never colour alone.
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatPercent } from "@/lib/i18n/format-percent";
import { DemoBadge } from "@/components/public/demo-badge";
import { StatusBadge } from "@/components/public/status-badge";
import type { WorkspaceCommitment } from "@/lib/data/workspace/list-my-commitments";
import { statusCategory } from "@/lib/domain/implementation-status";
import { isolate } from "@/lib/i18n/isolate";

const URGENCY_STYLE: Record<WorkspaceCommitment["urgency"], string> = {
  RETURNED: "border-danger bg-danger-light",
  OVERDUE: "border-danger bg-danger-light",
  INACTIVE: "border-danger bg-danger-light",
  DUE: "border-warning bg-warning-light",
  AWAITING_REVIEW: "border-line-strong bg-paper-raised",
  UP_TO_DATE: "border-success bg-success-light",
  FINISHED: "border-line bg-paper-raised",
};

export async function CommitmentList({ commitments, member }: { commitments: WorkspaceCommitment[]; member: string }) {
  const [t, tStatuses, format] = await Promise.all([
    getTranslations("workspace.list"),
    getTranslations("statuses"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start">
        <caption className="mb-2 text-start text-sm text-ink-muted">
          {t("caption", { member })}. {t("order")}
        </caption>
        <thead>
          <tr className="border-b-2 border-line-strong">
            <th scope="col" className="py-2 pe-4">
              {t("commitment")}
            </th>
            <th scope="col" className="py-2 pe-4">
              {t("needs")}
            </th>
            <th scope="col" className="py-2 pe-4">
              {t("status")}
            </th>
            <th scope="col" className="py-2 pe-4">
              {t("schedule")}
            </th>
            <th scope="col" className="py-2 pe-4">
              {t("freshness")}
            </th>
            <th scope="col" className="py-2 pe-4">
              {t("latest")}
            </th>
            <th scope="col" className="py-2">
              {t("action")}
            </th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((c) => {
            const own = c.ownOpenUpdate;
            const [actionText, actionLabel] =
              own?.state === "RETURNED"
                ? [t("revise"), t("reviseOn", { title: isolate(c.title) })]
                : own?.state === "DRAFT"
                  ? [t("continueDraft"), t("continueDraftOn", { title: isolate(c.title) })]
                  : [t("report"), t("reportOn", { title: isolate(c.title) })];
            return (
              <tr key={c.id} className="border-b border-line align-top" data-urgency={c.urgency}>
                <th scope="row" className="py-3 pe-4 font-normal">
                  <Link
                    href={`/workspace/commitments/${c.slug}`}
                    aria-label={t("detailsOn", { title: isolate(c.title) })}
                  >
                    {c.title}
                  </Link>
                  {c.isDemo ? (
                    <span className="ms-2">
                      <DemoBadge />
                    </span>
                  ) : null}
                </th>
                <td className="py-3 pe-4">
                  <span
                    className={`inline-block rounded border-s-4 px-2 py-0.5 text-sm font-semibold ${URGENCY_STYLE[c.urgency]}`}
                  >
                    {t(`urgency.${c.urgency}`)}
                  </span>
                </td>
                <td className="space-y-1 py-3 pe-4">
                  <StatusBadge status={statusCategory(c.status)} />
                  {c.percent !== null ? (
                    <p className="text-sm tabular-nums">
                      {t("percentValue", { percent: formatPercent(format, c.percent) })}
                    </p>
                  ) : null}
                </td>
                <td className="py-3 pe-4 text-sm">{tStatuses(`schedule.${c.schedule}`)}</td>
                <td className="py-3 pe-4 text-sm">{c.freshness ? tStatuses(`freshness.${c.freshness}`) : "—"}</td>
                <td className="space-y-1 py-3 pe-4 text-sm">
                  <p>
                    {c.latest.state && c.latest.at
                      ? t(`latestState.${c.latest.state}`, { date: date(c.latest.at) })
                      : t("latestState.none")}
                  </p>
                  {c.latest.state === "RETURNED" && c.latest.comment ? (
                    <p className="whitespace-pre-line">
                      <span className="font-semibold">{t("comment")}</span> {c.latest.comment}
                    </p>
                  ) : null}
                </td>
                <td className="py-3">
                  <Link
                    href={`/workspace/commitments/${c.slug}/update`}
                    aria-label={actionLabel}
                    className="font-semibold"
                  >
                    {actionText}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
