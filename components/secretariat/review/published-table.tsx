import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { DemoBadge } from "@/components/public/demo-badge";
import { bdi } from "@/components/form/visually-hidden";
import { ConsoleTable } from "../console-table";

/** One published update or assessment as the secretariat's lists show it: what was redacted, what is private. */
export type PublishedRow = {
  id: string;
  /** The secretariat's page of the record, where it redacts. */
  href: string;
  /** The link's words, naming the record ("Open the update on “…”"). */
  openLabel: string;
  title: string;
  memberName: string;
  /** The organisation that wrote an assessment. */
  organisationName?: string;
  isDemo: boolean;
  publishedAt: Date | null;
  narrativeRedacted: boolean;
  linksRedacted: number;
  responsesRedacted?: number;
  hasSecretariatOnly: boolean;
};

/**
 * The table of published records the secretariat redacts from (decision 0023): the published updates' tab of the
 * review queue and the published assessments' page, so both read alike.
 */
export async function PublishedTable({
  caption,
  empty,
  rows,
}: {
  caption: string;
  empty: string;
  rows: PublishedRow[];
}) {
  const [t, format] = await Promise.all([getTranslations("review"), getFormatter()]);
  return (
    <ConsoleTable
      caption={caption}
      empty={rows.length === 0 ? empty : null}
      columns={[
        { label: t("verify.commitment") },
        { label: t("verify.published") },
        { label: t("published.privacy") },
        { label: t("verify.action") },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <td>
            {row.title}
            <span className="block text-ink-muted">{row.memberName}</span>
            {row.organisationName && (
              <span className="block text-ink-muted">
                {t.rich("published.assessedBy", { organisation: row.organisationName, bdi })}
              </span>
            )}
            {row.isDemo && <DemoBadge />}
          </td>
          <td>{row.publishedAt ? format.dateTime(row.publishedAt, { dateStyle: "medium" }) : ""}</td>
          <td>
            <ul className="text-sm">
              {row.narrativeRedacted && <li>{t("published.narrativeRedacted")}</li>}
              {row.linksRedacted > 0 && <li>{t("published.linksRedacted", { count: row.linksRedacted })}</li>}
              {(row.responsesRedacted ?? 0) > 0 && (
                <li>{t("published.responsesRedacted", { count: row.responsesRedacted ?? 0 })}</li>
              )}
              {row.hasSecretariatOnly && <li>{t("published.hasSecretariatOnly")}</li>}
            </ul>
          </td>
          <td>
            <Link href={row.href}>{row.openLabel}</Link>
          </td>
        </tr>
      ))}
    </ConsoleTable>
  );
}
