// next-auth's double-submit CSRF token, read on the server so that the sign-in and sign-out forms can post to
// next-auth's endpoints as plain HTML forms, without JavaScript. This is the same token next-auth's own /csrf
// endpoint hands to this browser; it is checked against the cookie's hash here so that a stale cookie (another
// secret) is treated as missing rather than rendered into a form that would fail.
//
// ensureCsrfCookie() writes that cookie in next-auth's format (token|sha256(token + secret), as
// next-auth/core/lib/csrf-token creates it), for app/[locale]/sign-in/prepare: a sign-in page can then be reached with its
// own query (a notice, the email to prefill) intact, rather than bounced through next-auth, which keeps only
// callbackUrl.
import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { usesSecureCookies } from "./session-cookie";

function csrfCookieName(): string {
  return `${usesSecureCookies() ? "__Host-" : ""}next-auth.csrf-token`;
}

function tokenHash(token: string): string {
  return createHash("sha256").update(`${token}${env.AUTH_SECRET}`).digest("hex");
}

export async function readCsrfToken(): Promise<string | null> {
  const value = (await cookies()).get(csrfCookieName())?.value;
  if (!value) return null;
  const [token, hash] = value.split("|");
  if (!token || !hash) return null;
  const expected = tokenHash(token);
  const matches = hash.length === expected.length && timingSafeEqual(Buffer.from(hash), Buffer.from(expected));
  return matches ? token : null;
}

/** Sets the CSRF cookie unless this browser already has a valid one (route handlers and server actions only). */
export async function ensureCsrfCookie(): Promise<void> {
  if (await readCsrfToken()) return;
  const token = randomBytes(32).toString("hex");
  (await cookies()).set(csrfCookieName(), `${token}|${tokenHash(token)}`, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: usesSecureCookies(),
  });
}
