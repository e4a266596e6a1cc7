import { unsubscribeFollow } from "@/lib/mutations/unsubscribe-follow";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/localized-path";
import { findFollowToUnsubscribe } from "@/lib/data/public/find-follow";
import { followIdOfUnsubscribeToken } from "@/lib/follows/follow-secrets";

// The List-Unsubscribe address of every digest (RFC 8058). A mail client's one-click unsubscribe is a POST with the
// body "List-Unsubscribe=One-Click": it unsubscribes at once, with no page. A GET (a person, or a scanner, opening
// the address) changes nothing: it is sent to the page with the button, in the follow's language.

type Context = { params: Promise<{ token: string }> };

export async function POST(_request: Request, { params }: Context) {
  const result = await unsubscribeFollow((await params).token);
  return new Response(result.ok ? "Unsubscribed.\n" : "This unsubscribe link is not valid.\n", {
    status: result.ok ? 200 : 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  const follow = await findFollowToUnsubscribe(followIdOfUnsubscribeToken(token), "en");
  const path = localizedPath(follow?.locale ?? "en", `/unsubscribe/${encodeURIComponent(token)}`);
  return Response.redirect(new URL(path, env.APP_URL), 303);
}
