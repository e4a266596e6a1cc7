// next-auth's endpoints (sign-in callback, sign-out, CSRF token, session). Configuration: lib/auth/options.ts.
//
// next-auth answers a `callbackUrl` query parameter that is not an http(s) URL with a 500 ("a problem with the server
// configuration"), so anyone could make it fail with `?callbackUrl=javascript:…`. Such a value is replaced by where
// a sign-in would land anyway (lib/auth/callback-url.ts) before next-auth sees it; next-auth's own redirects still go
// through the same rule (authOptions.callbacks.redirect).
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth v4 types its App Router handler loosely (any); this is the signature Next calls it with.
const nextAuth = NextAuth(authOptions) as (request: Request, context: Context) => Promise<Response>;

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl === null || isHttpUrl(callbackUrl)) return nextAuth(request, context);
  const url = request.nextUrl.clone();
  url.searchParams.set("callbackUrl", safeCallbackPath(callbackUrl, env.APP_URL));
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  return nextAuth(new NextRequest(url, { method: request.method, headers: request.headers, body }), context);
}

/** next-auth's own test (next-auth/core/lib/assert.js), which a replaced value always passes. */
function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? env.APP_URL : undefined).protocol);
  } catch {
    return false;
  }
}

export { handler as GET, handler as POST };
