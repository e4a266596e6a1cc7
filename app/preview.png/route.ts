import { getTranslations } from "next-intl/server";
import { statusStripRows } from "@/components/link-previews/status-breakdown";
import { siteCard } from "@/components/link-previews/preview-cards";
import { getStatusOverall } from "@/lib/data/public/get-status-overall";
import { getPreviewFrame, getPreviewLocale, previewImageResponse } from "@/lib/link-previews/preview-image-response";

/** GET /preview.png: the site's card (every commitment by status), for pages without a figure of their own. */
export async function GET() {
  const locale = await getPreviewLocale();
  const [frame, t, tPreviews, overall] = await Promise.all([
    getPreviewFrame(),
    getTranslations("common"),
    getTranslations("previews"),
    getStatusOverall({}),
  ]);
  return previewImageResponse(
    siteCard(frame, {
      title: t("appName"),
      subtitle: t("tagline"),
      strip: {
        caption: tPreviews("statusCaption", { total: overall.total }),
        rows: await statusStripRows(overall.counts),
      },
    }),
    locale,
  );
}
