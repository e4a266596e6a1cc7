import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import type { StatusCounts } from "@/lib/domain/status-summary";
import type { StatusStripRow } from "./status-strip";

/** "12 Completed, 3 In progress and 40 Not reported": the statuses that have commitments, in display order. */
export async function statusBreakdown(counts: StatusCounts): Promise<string> {
  const [t, tStatus, format] = await Promise.all([
    getTranslations("previews"),
    getTranslations("statuses"),
    getFormatter(),
  ]);
  const items = STATUS_CATEGORIES.filter((category) => counts[category] > 0).map((category) =>
    t("breakdownItem", { count: counts[category], status: tStatus(statusLabelKey(category)) }),
  );
  return format.list(items, { type: "conjunction" });
}

/** The rows of a StatusStrip, each with its legend text ("Completed 12"). */
export async function statusStripRows(counts: StatusCounts): Promise<StatusStripRow[]> {
  const [t, tStatus] = await Promise.all([getTranslations("previews"), getTranslations("statuses")]);
  return STATUS_CATEGORIES.map((category) => ({
    category,
    count: counts[category],
    text: t("legendItem", { count: counts[category], status: tStatus(statusLabelKey(category)) }),
  }));
}
