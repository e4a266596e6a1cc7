import { scorecardCard } from "@/components/link-previews/preview-cards";
import { memberPreview } from "@/components/link-previews/scorecard-preview";
import { getMemberPage } from "@/lib/data/public/get-member-page";
import { getPreviewFrame, getPreviewLocale, previewImageResponse } from "@/lib/link-previews/preview-image-response";

/** GET /members/<slug>/preview.png: the member's card for link previews (og:image of its page). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locale = await getPreviewLocale();
  const page = await getMemberPage((await params).slug, locale);
  if (!page) return new Response(null, { status: 404 });
  const [frame, preview] = await Promise.all([getPreviewFrame(), memberPreview(page)]);
  return previewImageResponse(scorecardCard(frame, preview), locale);
}
