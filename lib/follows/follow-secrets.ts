// Keyed hashes for follows: the address is compared and counted only through its HMAC (a leaked table of follow
// requests names nobody), and the unsubscribe link is the follow's id signed with AUTH_SECRET, so every digest can
// carry it without the database keeping a token, and it keeps working for as long as the follow exists.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

function hmac(purpose: string, value: string): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`${purpose}:${value}`, "utf8").digest("base64url");
}

/** The address (already trimmed and lower-cased by the form's schema), for uniqueness and the per-address limit. */
export function hashFollowAddress(email: string): string {
  return hmac("follow-address", email);
}

export function hashClientAddress(ip: string): string {
  return hmac("follow-client", ip);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The follow's id and its signature; no dot, so the page's address is not taken for a file (lib/i18n/page-paths.ts). */
export function unsubscribeToken(followId: string): string {
  return `${followId}-${hmac("unsubscribe", followId)}`;
}

/** The follow an unsubscribe token names, or null when it was not made by unsubscribeToken(). */
export function followIdOfUnsubscribeToken(token: unknown): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const id = token.slice(0, 36);
  const signature = token.slice(37);
  if (token[36] !== "-" || !signature || !UUID.test(id)) return null;
  const expected = Buffer.from(hmac("unsubscribe", id));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}
