import { useTranslations } from "next-intl";
import type { CommitmentKind } from "@/lib/generated/prisma/enums";

/** The kind of statement, in words: a pledge, a recommendation or call, or a practice shared. */
export function KindBadge({ kind }: { kind: CommitmentKind }) {
  const t = useTranslations("statuses");
  return (
    <span className="inline-flex items-center rounded border border-line-strong bg-paper px-2 py-0.5 text-sm font-semibold text-ink">
      {t(`commitmentKind.${kind}`)}
    </span>
  );
}
