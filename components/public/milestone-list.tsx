import { getFormatter, getTranslations } from "next-intl/server";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";

export async function MilestoneList({ milestones }: { milestones: CommitmentPage["milestones"] }) {
  if (milestones.length === 0) return null;
  const t = await getTranslations("public.commitment");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  return (
    <section aria-labelledby="milestones" className="space-y-3 print:break-inside-avoid">
      <h2 id="milestones" className="text-xl">
        {t("milestonesHeading")}
      </h2>
      <ol className="space-y-2">
        {milestones.map((milestone) => (
          <li key={milestone.id} className="flex flex-wrap gap-x-2">
            <span aria-hidden="true">{milestone.reachedOn ? "✓" : "○"}</span>
            <span className="font-medium">{milestone.title}</span>
            <span className="text-ink-muted">
              ({milestone.dueDate ? t("milestoneDue", { date: date(milestone.dueDate) }) : t("milestoneNoDue")};{" "}
              {milestone.reachedOn ? t("milestoneReached", { date: date(milestone.reachedOn) }) : t("milestoneOpen")})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
