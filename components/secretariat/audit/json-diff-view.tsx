import { useTranslations } from "next-intl";
import { formatJsonValue, type JsonChange } from "@/lib/domain/json-diff";

/** An audit entry's before/after as one line per changed value: "status: In progress → Completed". */
export function JsonDiffView({ changes }: { changes: JsonChange[] }) {
  const t = useTranslations("secretariat.audit.changes");
  if (changes.length === 0) return <span className="text-ink-muted">{t("none")}</span>;
  return (
    <ul className="space-y-1">
      {changes.map((change) => (
        <li key={`${change.kind}-${change.path}`} className="break-words">
          <code className="font-semibold">{change.path || t("value")}</code>
          {": "}
          {change.kind === "changed" && (
            <>
              <del className="bg-danger-light text-danger">
                <span className="sr-only">{t("before")} </span>
                {formatJsonValue(change.before)}
              </del>
              <span aria-hidden="true" className="mx-1 inline-block rtl:-scale-x-100">
                →
              </span>
              <ins className="bg-success-light text-success no-underline">
                <span className="sr-only"> {t("after")} </span>
                {formatJsonValue(change.after)}
              </ins>
            </>
          )}
          {change.kind === "added" && (
            <ins className="bg-success-light text-success no-underline">
              <span className="sr-only">{t("added")} </span>
              {formatJsonValue(change.after)}
            </ins>
          )}
          {change.kind === "removed" && (
            <del className="bg-danger-light text-danger">
              <span className="sr-only">{t("removed")} </span>
              {formatJsonValue(change.before)}
            </del>
          )}
        </li>
      ))}
    </ul>
  );
}
