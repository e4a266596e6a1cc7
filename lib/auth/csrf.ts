// next-auth's double-submit CSRF token, read on the server so that the sign-in and sign-out forms can post to
// next-auth's endpoints as plain HTML forms, without JavaScript. This is the same token next-auth's own /csrf
// endpoint hands to this browser; it is checked against the cookie's hash here so that a stale cookie (another
// secret) is treated as missing rather than rendered into a form that would fail.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { usesSecureCookies } from "./options";

export async function readCsrfToken(): Promise<string | null> {
  const name = `${usesSecureCookies() ? "__Host-" : ""}next-auth.csrf-token`;
  const value = (await cookies()).get(name)?.value;
  if (!value) return null;
  const [token, hash] = value.split("|");
  if (!token || !hash) return null;
  const expected = createHash("sha256").update(`${token}${env.AUTH_SECRET}`).digest("hex");
  const matches = hash.length === expected.length && timingSafeEqual(Buffer.from(hash), Buffer.from(expected));
  return matches ? token : null;
}
