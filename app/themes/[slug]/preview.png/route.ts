import { scorecardCard } from "@/components/link-previews/preview-cards";
import { themePreview } from "@/components/link-previews/scorecard-preview";
import { getThemePage } from "@/lib/data/public/get-theme-page";
import { getPreviewFrame, getPreviewLocale, previewImageResponse } from "@/lib/link-previews/preview-image-response";

/** GET /themes/<slug>/preview.png: the theme's card for link previews (og:image of its page). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locale = await getPreviewLocale();
  const page = await getThemePage((await params).slug, locale);
  if (!page) return new Response(null, { status: 404 });
  const [frame, preview] = await Promise.all([getPreviewFrame(), themePreview(page)]);
  return previewImageResponse(scorecardCard(frame, preview), locale);
}
