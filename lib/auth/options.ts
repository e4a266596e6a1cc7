// next-auth v4 configuration: email + password (Credentials provider), JWT sessions backed by user_sessions rows.
//
// Sessions and revocation. The session cookie is a signed, encrypted JWT carrying the user id, the user's
// session_version at sign-in, the sign-in time and the id of a user_sessions row ("sid"). A token alone is never
// enough: getSessionUser() (lib/auth/load-session-user.ts) loads the row and the user on every request and refuses
// the session when
//   - the row is revoked: signing out revokes this browser's row (events.signOut below), so a copied cookie is
//     refused on the very next request;
//   - the row has expired: sessions last SESSION_MAX_AGE_SECONDS (12 hours) from the password check, however often
//     next-auth renews the cookie;
//   - users.session_version moved on: password change or reset and deactivation end every session of the user
//     (revokeSessions in ./revoke-sessions.ts);
//   - the user is deactivated.
// Everything lives in PostgreSQL, so any app server behind the load balancer answers the same.
//
// Authorization never happens here or in proxy.ts: it starts in getSessionUser() and is checked where data is read
// and written (lib/data/**, lib/mutations/**, route handlers).
import type { AuthOptions } from "next-auth";
import { after } from "next/server";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { env } from "@/lib/env";
import { actorFor } from "./actor";
import { safeCallbackPath } from "./callback-url";
import { sessionCookie, usesSecureCookies } from "./session-cookie";
import { SESSION_MAX_AGE_SECONDS } from "./session-user";
import { signInWithPassword } from "./sign-in";
import { setTrustedDeviceCookie } from "./trusted-device";
import { revokeUserSession } from "./user-sessions";

export const authOptions: AuthOptions = {
  // Getters: env is parsed on first use, not when `next build` imports this module.
  get secret() {
    return env.AUTH_SECRET;
  },
  get useSecureCookies() {
    return usesSecureCookies();
  },
  get cookies() {
    return { sessionToken: sessionCookie() };
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
      // The request's headers give the client address (for the per-address limit), the user agent and the
      // trusted-device cookie, which a successful sign-in renews (lib/auth/trusted-device.ts).
      async authorize(credentials, request) {
        // An emailed sign-in link is issued and sent after the response (lib/auth/sign-in-links.ts).
        const user = await signInWithPassword(credentials, request, {
          secureCookies: usesSecureCookies(),
          deliver: after,
        });
        if (user) await setTrustedDeviceCookie(user.trustedDevice);
        return user;
      },
    }),
  ],
  // Every next-auth page and error lands on our sign-in page; `from=auth` tells it the visit came through
  // next-auth, which has just set the CSRF cookie (see app/[locale]/sign-in/page.tsx).
  pages: { signIn: "/sign-in?from=auth", error: "/sign-in?from=auth" },
  callbacks: {
    jwt({ token, user }) {
      // `user` is only present on the request that checked the password.
      if (user) {
        token.userId = user.id;
        token.sessionVersion = user.sessionVersion;
        token.signedInAt = user.signedInAt;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        userId: token.userId,
        sessionVersion: token.sessionVersion,
        signedInAt: token.signedInAt,
        sid: token.sid,
      };
    },
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
    },
  },
  events: {
    // Runs on POST /api/auth/signout (with or without JavaScript) before the cookie is cleared.
    async signOut({ token }) {
      if (typeof token?.sid !== "string") return;
      const userId = await revokeUserSession(token.sid);
      if (!userId) return;
      await db.$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, memberId: true } });
        await writeAudit(tx, actorFor({ id: userId, email: user?.email ?? userId }), {
          action: "auth.sign_out",
          entityType: "user",
          entityId: userId,
          memberId: user?.memberId ?? null,
          after: { sessionId: token.sid },
        });
      });
    },
  },
};
