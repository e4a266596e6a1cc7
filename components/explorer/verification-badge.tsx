import { useTranslations } from "next-intl";
import type { Verification } from "@/lib/generated/prisma/enums";

// Three levels of trust in an update, each with its own symbol and words: colour is never the only signal.
const APPEARANCE: Record<Verification, { symbol: string; className: string }> = {
  SELF_REPORTED: { symbol: "○", className: "border-line-strong bg-paper text-ink" },
  REVIEWED: { symbol: "✓", className: "border-brand bg-brand-light text-brand-dark" },
  EVIDENCE_VERIFIED: { symbol: "✓✓", className: "border-success bg-success-light text-success" },
};

/** How far an update was checked: self-reported, reviewed by the secretariat, or evidence verified. */
export function VerificationBadge({ verification }: { verification: Verification }) {
  const t = useTranslations("statuses.verification");
  const { symbol, className } = APPEARANCE[verification];
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium print:border-ink print:bg-paper print:text-ink ${className}`}
    >
      <span aria-hidden="true">{symbol}</span>
      {t(verification)}
    </span>
  );
}
