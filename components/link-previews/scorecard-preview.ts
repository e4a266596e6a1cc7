import "server-only";
import { getTranslations } from "next-intl/server";
import type { MemberPage } from "@/lib/data/public/get-member-page";
import type { ThemePage } from "@/lib/data/public/get-theme-page";
import { truncateText } from "@/lib/domain/truncate-text";
import type { PagePreview } from "@/lib/link-previews/page-metadata";
import { statusBreakdown, statusStripRows } from "./status-breakdown";
import type { StatusStripRow } from "./status-strip";

/** A member's or a theme's preview: its name, and its commitments by implementation status (its scorecard's bar). */
export type ScorecardPreview = {
  page: PagePreview;
  eyebrow: string;
  strip: { caption: string; rows: StatusStripRow[] };
};

export async function memberPreview({ member, scorecard }: MemberPage): Promise<ScorecardPreview> {
  const [t, tPreviews, tStatus] = await Promise.all([
    getTranslations("previews.member"),
    getTranslations("previews"),
    getTranslations("statuses"),
  ]);
  const { total, counts } = scorecard.status;
  const kind = tStatus(`memberKind.${member.kind}`);
  const breakdown = await statusBreakdown(counts);
  const path = `/members/${member.slug}`;
  return {
    page: {
      path,
      title: member.name,
      description: t("description", { kind, total, breakdown }),
      image: { path: `${path}/preview.png`, alt: t("imageAlt", { name: member.name, kind, total, breakdown }) },
    },
    eyebrow: kind,
    strip: { caption: tPreviews("statusCaption", { total }), rows: await statusStripRows(counts) },
  };
}

export async function themePreview({ theme, scorecard }: ThemePage): Promise<ScorecardPreview> {
  const [t, tPreviews] = await Promise.all([getTranslations("previews.theme"), getTranslations("previews")]);
  const { total, counts } = scorecard.status;
  const breakdown = await statusBreakdown(counts);
  const figures = t("description", { total, breakdown });
  const path = `/themes/${theme.slug}`;
  return {
    page: {
      path,
      title: theme.name,
      description: truncateText(
        theme.description ? t("withDescription", { description: theme.description, figures }) : figures,
        300,
      ),
      image: { path: `${path}/preview.png`, alt: t("imageAlt", { name: theme.name, total, breakdown }) },
    },
    eyebrow: t("eyebrow"),
    strip: { caption: tPreviews("statusCaption", { total }), rows: await statusStripRows(counts) },
  };
}
