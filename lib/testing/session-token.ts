// A signed-in browser without the sign-in form, for the e2e tests (e2e/support/sign-in.ts) and `npm run bench`: a
// user_sessions row, made by the shared factory, and the session cookie naming it, encoded with next-auth's own
// encode() and the app's AUTH_SECRET, exactly as the app writes it after an invitation is accepted
// (lib/auth/session-cookie.ts). The app checks such a cookie like one from a password sign-in.
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS, type SessionClaims } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createUserSession } from "@/prisma/seed/factories";

export type SignInAs = { id: string; email: string; name: string; sessionVersion: number };

/** A session of its own for `user`, as the cookie a browser context takes (Playwright's addCookies shape). */
export async function sessionCookieFor(user: SignInAs) {
  const session = await createUserSession(db, user.id);
  const claims: SessionClaims = {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    signedInAt: session.signedInAt,
    sid: session.id,
  };
  const token = await encode({
    secret: env.AUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { name: user.name, email: user.email, sub: user.id, ...claims },
  });
  // The name sessionCookie() gives it: __Secure- only when the app is served over https.
  const secure = env.APP_URL.startsWith("https://");
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    value: token,
    url: env.APP_URL,
    httpOnly: true,
    secure,
    sameSite: "Lax" as const,
    expires: Math.floor(session.expiresAt.getTime() / 1000),
  };
}
