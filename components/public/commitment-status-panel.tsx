import { getFormatter, getTranslations } from "next-intl/server";
import { lastUpdateAgo } from "@/components/explorer/last-update-ago";
import { VerificationBadge } from "@/components/explorer/verification-badge";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";
import { FreshnessBadge, ScheduleBadge } from "./computed-badge";
import { DemoNote } from "./demo-note";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";

/**
 * The four facts of the status model side by side, never merged into one: implementation status (with the reported
 * progress), schedule, reporting freshness and the verification of the latest update.
 */
export async function CommitmentStatusPanel({ commitment }: { commitment: CommitmentPage }) {
  const t = await getTranslations("public.commitment");
  const tExplorer = await getTranslations("explorer.commitment");
  const tReason = await getTranslations("public.scheduleReason");
  const tAge = await getTranslations("explorer.age");
  const tDemo = await getTranslations("public.demo");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const { cycle, lastPublishedAt } = commitment;
  return (
    <section aria-labelledby="where-it-stands" className="space-y-3 print:break-inside-avoid">
      <h2 id="where-it-stands" className="text-xl">
        {t("statusHeading")}
      </h2>
      {commitment.statusIncludesDemonstrationData && <DemoNote>{tDemo("status")}</DemoNote>}
      <dl className="grid gap-4 rounded-md border border-line bg-paper-raised p-4 sm:grid-cols-2 print:bg-paper">
        <Fact label={t("implementation")}>
          <StatusBadge status={commitment.status} />
          <ProgressBar percent={commitment.percent} label={t("progress")} />
          {commitment.status === "DISCONTINUED" && commitment.discontinuedReason && (
            <p className="text-sm">{t("discontinuedReason", { reason: commitment.discontinuedReason })}</p>
          )}
        </Fact>
        <Fact label={t("schedule")}>
          <ScheduleBadge state={commitment.schedule.state} />
          <p className="text-sm text-ink-muted">{tReason(commitment.schedule.reason)}</p>
        </Fact>
        <Fact label={t("reporting")}>
          {commitment.freshness && <FreshnessBadge state={commitment.freshness} />}
          <p className="text-sm text-ink-muted">
            {lastPublishedAt
              ? tExplorer.rich("lastUpdated", {
                  date: date(lastPublishedAt),
                  ago: lastUpdateAgo(lastPublishedAt, format, tAge("today")),
                  strong: (chunks) => <strong className="font-semibold text-ink">{chunks}</strong>,
                })
              : t("noUpdate")}{" "}
            {cycle ? t("cycle", { cycle: cycle.name, due: date(cycle.dueOn) }) : t("noCycle")}
          </p>
        </Fact>
        <Fact label={tExplorer("verification")}>
          {commitment.latestVerification ? (
            <>
              <VerificationBadge verification={commitment.latestVerification} />
              <p className="text-sm text-ink-muted">{tExplorer("verificationNote")}</p>
            </>
          ) : (
            <p className="text-sm text-ink-muted">{tExplorer("noVerification")}</p>
          )}
        </Fact>
      </dl>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1.5">
      <dt className="text-sm font-semibold text-ink-muted">{label}</dt>
      <dd className="space-y-1.5">{children}</dd>
    </div>
  );
}
