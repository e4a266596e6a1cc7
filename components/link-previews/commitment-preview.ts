import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";
import { statusLabelKey, type StatusCategory } from "@/lib/domain/implementation-status";
import { truncateText } from "@/lib/domain/truncate-text";
import { formatPercent } from "@/lib/i18n/format-percent";
import type { PagePreview } from "@/lib/link-previews/page-metadata";

export type CommitmentPreview = {
  page: PagePreview;
  eyebrow: string;
  subtitle: string;
  status: { category: StatusCategory; text: string };
  lastUpdate: string;
};

/** What a link to a commitment shows: its title, who pledged it where, its status and its latest update. */
export async function commitmentPreview(commitment: CommitmentPage): Promise<CommitmentPreview> {
  const [t, tStatus, format] = await Promise.all([
    getTranslations("previews.commitment"),
    getTranslations("statuses"),
    getFormatter(),
  ]);
  const label = tStatus(statusLabelKey(commitment.status));
  const status =
    commitment.percent !== null && commitment.status !== "NOT_REPORTED"
      ? t("statusWithPercent", { status: label, percent: formatPercent(format, commitment.percent) })
      : t("status", { status: label });
  const member = commitment.member.name;
  const meeting = commitment.meeting.title;
  const path = `/commitments/${commitment.slug}`;
  return {
    page: {
      path,
      title: commitment.title,
      description: truncateText(t("description", { member, meeting, status, text: commitment.description }), 300),
      image: { path: `${path}/preview.png`, alt: t("imageAlt", { title: commitment.title, status, member }) },
    },
    eyebrow: t("eyebrow", { member }),
    subtitle: t("pledgedAt", { meeting }),
    status: { category: commitment.status, text: status },
    lastUpdate: commitment.lastPublishedAt
      ? t("lastUpdate", { date: format.dateTime(commitment.lastPublishedAt, { dateStyle: "long" }) })
      : t("noUpdate"),
  };
}
