import { feedResponse } from "@/lib/feeds/feed-document";

/** GET /members/<slug>/feed.xml[?locale=fr]: the Atom feed of one member. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse(request, { kind: "member", slug: (await params).slug });
}
