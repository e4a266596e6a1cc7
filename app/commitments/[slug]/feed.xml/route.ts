import { feedResponse } from "@/lib/feeds/feed-document";

/** GET /commitments/<slug>/feed.xml[?locale=fr]: the Atom feed of one commitment. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse(request, { kind: "commitment", slug: (await params).slug });
}
