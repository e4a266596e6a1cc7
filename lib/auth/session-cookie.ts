// The session cookie, named and shaped in one place: next-auth writes it on a password sign-in (authOptions.cookies
// uses sessionCookie()), and issueSessionCookie() writes the very same cookie where no password was typed: after an
// invitation is accepted (the link is the credential), and after a password change, to keep the current browser
// signed in with the new session version. The token is encoded with next-auth's own encode(), so next-auth reads
// both kinds alike.
import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS } from "./session-user";

/** Secure (__Secure-/__Host-) cookie names whenever the app is served over https. */
export function usesSecureCookies(): boolean {
  return env.APP_URL.startsWith("https://");
}

export function sessionCookie() {
  const secure = usesSecureCookies();
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

export type SessionCookieContents = {
  user: { id: string; email: string; name: string; sessionVersion: number };
  session: { id: string; expiresAt: Date; signedInAt: number };
};

/** Sets this browser's session cookie (from a server action or a route handler). */
export async function issueSessionCookie({ user, session }: SessionCookieContents): Promise<void> {
  const token = await encode({
    secret: env.AUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: {
      name: user.name,
      email: user.email,
      sub: user.id,
      userId: user.id,
      sessionVersion: user.sessionVersion,
      signedInAt: session.signedInAt,
      sid: session.id,
    },
  });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, token, { ...options, expires: session.expiresAt });
}
