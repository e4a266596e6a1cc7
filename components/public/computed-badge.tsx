import { useTranslations } from "next-intl";
import type { FreshnessState } from "@/lib/domain/freshness";
import type { ScheduleState } from "@/lib/domain/schedule";

type Tone = "neutral" | "good" | "warning" | "bad";

const TONE_CLASS: Record<Tone, string> = {
  neutral: "border-line-strong bg-paper-raised text-ink",
  good: "border-success bg-success-light text-success",
  warning: "border-warning bg-warning-light text-warning",
  bad: "border-danger bg-danger-light text-danger",
};

// A leading symbol repeats the tone for readers who cannot tell the colours apart.
const TONE_SYMBOL: Record<Tone, string> = { neutral: "–", good: "✓", warning: "!", bad: "✕" };

const SCHEDULE_TONE: Record<ScheduleState, Tone> = {
  ON_TRACK: "good",
  AT_RISK: "warning",
  OFF_TRACK: "bad",
  OVERDUE: "bad",
  NO_TARGET: "neutral",
  DONE: "neutral",
};

const FRESHNESS_TONE: Record<FreshnessState, Tone> = {
  REPORTED: "good",
  DUE: "neutral",
  NOT_REPORTED: "warning",
  INACTIVE: "bad",
};

function Badge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium ${TONE_CLASS[tone]}`}
    >
      <span aria-hidden="true">{TONE_SYMBOL[tone]}</span>
      {children}
    </span>
  );
}

/** Computed schedule (never typed in): On track · At risk · Off track · Overdue · No target date · Finished. */
export function ScheduleBadge({ state }: { state: ScheduleState }) {
  const t = useTranslations("statuses.schedule");
  return <Badge tone={SCHEDULE_TONE[state]}>{t(state)}</Badge>;
}

/** Computed reporting freshness: Reported this cycle · Due · Not reported this cycle · Inactive. */
export function FreshnessBadge({ state }: { state: FreshnessState }) {
  const t = useTranslations("statuses.freshness");
  return <Badge tone={FRESHNESS_TONE[state]}>{t(state)}</Badge>;
}
