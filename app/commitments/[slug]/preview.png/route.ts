import { commitmentPreview } from "@/components/link-previews/commitment-preview";
import { commitmentCard } from "@/components/link-previews/preview-cards";
import { getCommitmentPage } from "@/lib/data/public/get-commitment-page";
import { getPreviewFrame, getPreviewLocale, previewImageResponse } from "@/lib/link-previews/preview-image-response";

/** GET /commitments/<slug>/preview.png: the commitment's card for link previews (og:image of its page). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locale = await getPreviewLocale();
  const commitment = await getCommitmentPage((await params).slug, locale);
  if (!commitment) return new Response(null, { status: 404 });
  const [frame, preview] = await Promise.all([getPreviewFrame(), commitmentPreview(commitment)]);
  return previewImageResponse(commitmentCard(frame, preview), locale);
}
