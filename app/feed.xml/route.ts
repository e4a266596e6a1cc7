import { feedResponse } from "@/lib/feeds/feed-document";

/** GET /feed.xml[?locale=fr]: the Atom feed of the whole tracker. */
export async function GET(request: Request) {
  return feedResponse(request, { kind: "all" });
}
