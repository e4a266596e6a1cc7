// GET /language/signed-in?to=/workspace: where a sign-in lands (app/sign-in/page.tsx): `to` in the language the user
// chose in their account (lib/auth/callback-url.ts). Only addresses on this site are followed (safeCallbackPath).
import { NextResponse, type NextRequest } from "next/server";
import { inPreferredLanguage, safeCallbackPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { getPreferredLocale } from "@/lib/data/account/get-preferred-locale";
import { env } from "@/lib/env";

export async function GET(request: NextRequest) {
  const to = safeCallbackPath(request.nextUrl.searchParams.get("to"), env.APP_URL);
  const user = await getSessionUser();
  const preferred = user ? await getPreferredLocale(user.id) : null;
  const response = NextResponse.redirect(new URL(inPreferredLanguage(to, preferred), env.APP_URL), 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
