import { feedResponse } from "@/lib/feeds/feed-document";

/** GET /themes/<slug>/feed.xml[?locale=fr]: the Atom feed of one theme. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse(request, { kind: "theme", slug: (await params).slug });
}
