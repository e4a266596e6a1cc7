// The sign-in form posts to next-auth, which wants its CSRF cookie, and a page cannot set cookies. A browser that
// arrives at /sign-in without one is sent here: the cookie is set (lib/auth/csrf.ts) and the browser goes back to
// /sign-in with its query unchanged (callbackUrl, a notice, the email to prefill) plus from=auth, which tells the
// page not to come here again (cookies blocked: it says so instead of looping).
import { NextResponse, type NextRequest } from "next/server";
import { ensureCsrfCookie } from "@/lib/auth/csrf";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

const KEPT = ["callbackUrl", "notice", "email", "error"] as const;

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  await ensureCsrfCookie();
  const query = new URLSearchParams();
  for (const name of KEPT) {
    const value = request.nextUrl.searchParams.get(name);
    if (value) query.set(name, value.slice(0, 2048));
  }
  query.set("from", "auth");
  const response = NextResponse.redirect(
    new URL(localizedPath(isLocale(locale) ? locale : defaultLocale, `/sign-in?${query}`), request.nextUrl),
    303,
  );
  response.headers.set("Cache-Control", "no-store");
  return response;
}
