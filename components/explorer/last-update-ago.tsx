import { getFormatter, getTranslations } from "next-intl/server";
import { lastUpdateAge } from "@/lib/domain/last-update-age";

/** "3 days ago", "5 months ago", "today": how long ago the date was, in whole UTC calendar days. */
export async function LastUpdateAgo({ date, now = new Date() }: { date: Date; now?: Date }) {
  const age = lastUpdateAge(date, now);
  if (!age) return null;
  if (age.unit === "today") {
    const t = await getTranslations("explorer.age");
    return <>{t("today")}</>;
  }
  const format = await getFormatter();
  return <>{format.relativeTime(age.from, { now: age.now, unit: age.unit })}</>;
}
