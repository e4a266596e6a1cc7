// Runs before every request but static files (docs/decisions/0014-request-hardening.md). It never authorizes
// (authorization is checked where data is read and written: docs/decisions/0003); it only
// - refuses what Next.js would answer with a bare 500: an undecodable path, a foreign or oversized or unreadable
//   server action POST (lib/http/request-refusals.ts), with the usual security headers and plain words;
// - gives the signed-in areas and the sign-in pages a Content-Security-Policy with a fresh nonce, which Next puts on
//   its own scripts (it reads the nonce from the request's policy header);
// - adds Strict-Transport-Security when the app's address is https.
// - hands the site's pages to next-intl's middleware, which serves /fr/... in French and the unprefixed addresses
//   in English (docs/decisions/0018-locale-routing.md); files, the API and the probes are not pages.
// Public pages keep next.config.js's fixed policy and stay cacheable: nothing here makes a page dynamic.
import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { requestIdOf } from "@/lib/log/request-context";
import { hasReadablePath, refusalOfPost, refusalResponse, type Refusal } from "@/lib/http/request-refusals";
import {
  BASE_SECURITY_HEADERS,
  contentSecurityPolicy,
  isNonceArea,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/http/security-headers.js";
import { withoutLocale } from "@/lib/i18n/localized-path";
import { isPagePath } from "@/lib/i18n/page-paths";
import { routing } from "@/lib/i18n/routing";
import { isPreviewImagePath, requestLocaleHeaders } from "@/lib/link-previews/preview-locale";

const localized = createIntlMiddleware(routing);

/** What may change something; GET, HEAD and a CORS preflight (OPTIONS) are left to the routes. */
const WRITING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export async function proxy(request: NextRequest) {
  const transport: Record<string, string> = env.APP_URL.startsWith("https:")
    ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY }
    : {};
  const pathname = request.nextUrl.pathname;
  const refusal = !hasReadablePath(pathname)
    ? ({ status: 400, reason: "badPath" } satisfies Refusal)
    : WRITING_METHODS.has(request.method)
      ? await refusalOfPost(request, env.APP_URL)
      : null;
  if (refusal) {
    // A refusal of the request, not a failure of the app: an info line, never an error.
    logger.info("Request refused", { requestId: requestIdOf(request.headers), method: request.method, ...refusal });
    return refusalResponse(refusal, {
      ...BASE_SECURITY_HEADERS,
      ...transport,
      "Content-Security-Policy": contentSecurityPolicy({}),
    });
  }
  const page = isPagePath(pathname);
  if (!isNonceArea(withoutLocale(pathname))) {
    // A preview image is drawn in the language its page asked for (?locale=): next-intl reads it from a header.
    const next = isPreviewImagePath(pathname)
      ? NextResponse.next({ request: { headers: requestLocaleHeaders(request.headers, request.nextUrl.searchParams) } })
      : NextResponse.next();
    return withHeaders(page ? localized(request) : next, transport);
  }

  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({ nonce, dev: env.NODE_ENV !== "production" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  // next-intl's middleware passes the request's headers on to Next (adding the locale), the nonce's policy with them.
  const response = page
    ? localized(new NextRequest(request.url, { headers: requestHeaders }))
    : NextResponse.next({ request: { headers: requestHeaders } });
  return withHeaders(response, { ...transport, "Content-Security-Policy": policy });
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not Next's static files: they carry next.config.js's headers, and no nonce applies to them.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
