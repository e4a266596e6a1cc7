// GET /language?to=/fr/commitments: the language switcher's links. Remembers the chosen language (the language of
// `to`) in NEXT_LOCALE, which the home page's offer reads, and goes to `to`. A plain link, so it works without
// JavaScript; only addresses on this site are followed. A page rendered without its query (ahead of time, before
// JavaScript runs) links without it: the query then comes from the page the link was on (Referer, same origin).
import { NextResponse, type NextRequest } from "next/server";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE, withoutLocale } from "@/lib/i18n/localized-path";

const ONE_YEAR = 60 * 60 * 24 * 365;
const SAFE_PATH = /^\/(?![/\\])[^\\\u0000-\u001f\u007f]*$/;

export function GET(request: NextRequest) {
  const asked = request.nextUrl.searchParams.get("to") ?? "/";
  const to = SAFE_PATH.test(asked) && asked.length <= 2048 ? asked : "/";
  const prefix = to.slice(1).split(/[/?#]/)[0];
  const locale = withoutLocale(to) !== to && isLocale(prefix) ? prefix : defaultLocale;
  const target = new URL(to, request.nextUrl);
  const from = refererOf(request);
  if (from && !target.search && withoutLocale(from.pathname) === withoutLocale(target.pathname)) {
    target.search = from.search;
  }
  const response = NextResponse.redirect(target, 303);
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  response.headers.set("Cache-Control", "no-store");
  return response;
}

function refererOf(request: NextRequest): URL | null {
  try {
    const referer = new URL(request.headers.get("referer") ?? "");
    return referer.origin === request.nextUrl.origin ? referer : null;
  } catch {
    return null;
  }
}
