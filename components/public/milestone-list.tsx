import { getFormatter, getTranslations } from "next-intl/server";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";
import { dayNumber } from "@/lib/domain/calendar-day";

/** The commitment's milestones in order, each with its due date and whether (and when) it was reached. */
export async function MilestoneList({ milestones }: { milestones: CommitmentPage["milestones"] }) {
  const t = await getTranslations("public.commitment");
  const tExplorer = await getTranslations("explorer.commitment");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const reached = milestones.filter((milestone) => milestone.reachedOn !== null).length;
  const today = dayNumber(new Date());
  // The same rule as the schedule: a milestone due before today and not reached is missed.
  const missed = (milestone: CommitmentPage["milestones"][number]) =>
    milestone.reachedOn === null && milestone.dueDate !== null && dayNumber(milestone.dueDate) < today;
  return (
    <section aria-labelledby="milestones" className="space-y-3 print:break-inside-avoid">
      <h2 id="milestones" className="text-xl">
        {t("milestonesHeading")}
      </h2>
      {milestones.length === 0 ? (
        <p>{tExplorer("noMilestones")}</p>
      ) : (
        <>
          <p className="text-sm text-ink-muted">
            {tExplorer("milestonesReached", { reached, total: milestones.length })}
          </p>
          <ol className="space-y-2">
            {milestones.map((milestone) => (
              <li key={milestone.id} className="flex flex-wrap gap-x-2">
                <span aria-hidden="true">{milestone.reachedOn ? "✓" : missed(milestone) ? "!" : "○"}</span>
                <span className="font-medium">{milestone.title}</span>
                <span className="text-ink-muted">
                  ({milestone.dueDate ? t("milestoneDue", { date: date(milestone.dueDate) }) : t("milestoneNoDue")};{" "}
                  {milestone.reachedOn
                    ? t("milestoneReached", { date: date(milestone.reachedOn) })
                    : t("milestoneOpen")}
                  )
                </span>
                {missed(milestone) && (
                  <strong className="font-semibold text-warning">{tExplorer("milestoneMissed")}</strong>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
