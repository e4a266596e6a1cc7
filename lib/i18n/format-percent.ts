import type { createFormatter } from "next-intl";

/** next-intl's formatter (getFormatter, useFormatter, createFormatter), the part of it a percentage needs. */
type NumberFormatter = Pick<ReturnType<typeof createFormatter>, "number">;

/**
 * A whole percentage (0–100, as the record stores it) in the reader's language: "40%", "40 %", "٪40", "40 %"
 * (the sign's place, its spacing and the digits are the locale's, never written by hand).
 */
export function formatPercent(format: NumberFormatter, percent: number): string {
  return format.number(percent / 100, { style: "percent", maximumFractionDigits: 0 });
}
