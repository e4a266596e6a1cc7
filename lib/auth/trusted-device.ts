// The trusted-device cookie (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): the proof, that a
// stranger cannot have, that this browser has signed in to this account with its password before. A sign-in that
// shows it is judged by its own count of failures, not by the limits that strangers can fill: the per-client limit
// (one shared "client" when TRUSTED_PROXY_HOPS=0) and the account's lock against untrusted clients
// (lib/auth/sign-in-limits.ts, docs/decisions/0014-request-hardening.md).
//
// The cookie is `<email, base64url>.<device id>.<issued, seconds>.<HMAC-SHA256 under AUTH_SECRET>`: nothing is
// stored but the attempts; a changed AUTH_SECRET voids every one. It is issued (again, with a new id) after every
// successful password sign-in and sign-in by emailed link (./sign-in-links.ts), for one account per browser, and
// lasts 90 days.
import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { usesSecureCookies } from "./session-cookie";

const MAX_AGE_SECONDS = 90 * 24 * 60 * 60;

export function trustedDeviceCookieName(secure: boolean): string {
  return `${secure ? "__Host-" : ""}wps.trusted-device`;
}

/** A new cookie value for `email` (normalised), and how long it lasts. */
export function issueTrustedDevice(email: string, now = new Date()): { value: string; maxAge: number } {
  const device = randomBytes(16).toString("base64url");
  const issued = String(Math.floor(now.getTime() / 1000));
  const head = `${Buffer.from(email).toString("base64url")}.${device}.${issued}`;
  return { value: `${head}.${signature(head)}`, maxAge: MAX_AGE_SECONDS };
}

/** Gives this browser the cookie (from a route handler or a server action), after a sign-in. */
export async function setTrustedDeviceCookie({ name, value, maxAge }: { name: string; value: string; maxAge: number }) {
  (await cookies()).set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: usesSecureCookies(),
    maxAge,
  });
}

/** The device id the cookie proves for `email` (normalised), or null: missing, forged, expired, another account. */
export function trustedDeviceOf(value: string | undefined, email: string, now = new Date()): string | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 4) return null;
  const [encodedEmail = "", device = "", issued = "", mac = ""] = parts;
  const head = `${encodedEmail}.${device}.${issued}`;
  const expected = Buffer.from(signature(head));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Buffer.from(encodedEmail, "base64url").toString() !== email) return null;
  const age = now.getTime() / 1000 - Number(issued);
  return age >= 0 && age <= MAX_AGE_SECONDS ? device : null;
}

/** A cookie's value from a Cookie header (as next-auth hands the request to `authorize`). */
export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

function signature(head: string): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`trusted-device|${head}`).digest("base64url");
}
