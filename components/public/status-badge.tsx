import { useTranslations } from "next-intl";
import { statusLabelKey, type StatusCategory } from "@/lib/domain/implementation-status";
import { STATUS_APPEARANCE } from "./status-appearance";
import { StatusSwatch } from "./status-swatch";

/** Implementation status as a text label with its swatch; the label carries the meaning, the colour only helps. */
export function StatusBadge({ status }: { status: StatusCategory }) {
  const t = useTranslations("statuses");
  const dashed = STATUS_APPEARANCE[status].texture === "hatch";
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border bg-paper px-2.5 py-0.5 text-sm font-medium text-ink ${
        dashed ? "border-dashed border-ink-subtle" : "border-line-strong"
      }`}
    >
      <StatusSwatch status={status} />
      {t(statusLabelKey(status))}
    </span>
  );
}
