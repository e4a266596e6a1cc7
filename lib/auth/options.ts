// next-auth v4 configuration: email + password (Credentials provider), stateless JWT sessions.
//
// Sessions and revocation. The session lives only in a signed, encrypted cookie (no session table), so any app
// server behind the load balancer can read it. A token alone is never enough, though: getSessionUser() loads the
// user on every request and accepts the token only while the user is active and users.session_version still equals
// the version the token was issued with. Bumping session_version (see revokeSessions in ./revoke-sessions.ts) is
// THE way to end a user's sessions: on deactivation, on a password change, or for "sign out everywhere". Signing out
// just deletes this browser's cookie, so focal points who share a demo account or use two devices are not signed
// out of the others.
//
// Sessions last SESSION_MAX_AGE_SECONDS (12 hours) from the password check, however often next-auth renews the
// cookie: the sign-in time travels in the token and getSessionUser() enforces the cap.
//
// Authorization never happens here or in proxy.ts: it starts in getSessionUser() and is checked where data is read
// and written (lib/data/**, lib/mutations/**, route handlers).
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticateWithPassword } from "./authenticate";
import { safeCallbackPath } from "./callback-url";
import { SESSION_MAX_AGE_SECONDS } from "./session-user";

/** Secure (__Secure-/__Host-) cookie names whenever the app is served over https. */
export function usesSecureCookies(): boolean {
  return env.APP_URL.startsWith("https://");
}

export const authOptions: AuthOptions = {
  // Getters: env is parsed on first use, not when `next build` imports this module.
  get secret() {
    return env.AUTH_SECRET;
  },
  get useSecureCookies() {
    return usesSecureCookies();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials) => authenticateWithPassword(credentials),
    }),
  ],
  // Every next-auth page and error lands on our sign-in page; `from=auth` tells it the visit came through
  // next-auth, which has just set the CSRF cookie (see app/sign-in/page.tsx).
  pages: { signIn: "/sign-in?from=auth", error: "/sign-in?from=auth" },
  callbacks: {
    jwt({ token, user }) {
      // `user` is only present on the request that checked the password.
      if (user) {
        token.userId = user.id;
        token.sessionVersion = user.sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.userId, sessionVersion: token.sessionVersion, signedInAt: token.signedInAt };
    },
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
    },
  },
};
