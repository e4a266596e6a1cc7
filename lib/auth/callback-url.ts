// Where to send someone after they sign in. The value arrives in a query string or a form field, so it is attacker
// controlled: only paths on our own origin survive, everything else falls back to the workspace (an open redirect
// from a sign-in page is a phishing tool).
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath, withoutLocale } from "@/lib/i18n/localized-path";

/** Where a sign-in without a usable callbackUrl lands; /workspace sends the secretariat on to /secretariat. */
export const DEFAULT_AFTER_SIGN_IN = "/workspace";

const CONTROL_OR_BACKSLASH = /[\\\u0000-\u001f\u007f]/;
/** Landing on these again after signing in would loop or show a JSON endpoint. */
const NOT_A_DESTINATION = /^(?:\/(?:ar|es|fr|ru|zh))?\/(sign-in|api\/auth)(\/|\?|#|$)/;

/**
 * Returns a same-origin path (with its query and fragment) or `fallback`. Accepts relative paths ("/workspace") and
 * absolute URLs on `appOrigin` (next-auth hands those back after its own redirects).
 */
export function safeCallbackPath(raw: unknown, appOrigin: string, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  // Browsers read "\" as "/" ("/\evil.example" is protocol-relative) and drop tabs and newlines inside URLs.
  if (CONTROL_OR_BACKSLASH.test(raw)) return fallback;
  const isPath = raw.startsWith("/") && !raw.startsWith("//");
  let url: URL;
  let origin: string;
  try {
    origin = new URL(appOrigin).origin;
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin || (!isPath && !raw.startsWith(`${origin}/`) && raw !== origin)) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can normalise into a protocol-relative path ("/.//evil.example" becomes "//evil.example").
  if (path.startsWith("//") || NOT_A_DESTINATION.test(path)) return fallback;
  return path;
}

/**
 * `path` in the language the user chose: "/workspace" → "/fr/workspace". An address that already names a language
 * (the user was reading in it) is kept, and so is every address for a user who chose none.
 */
export function inPreferredLanguage(path: string, preferred: Locale | null): string {
  return preferred && withoutLocale(path) === path ? localizedPath(preferred, path) : path;
}

/** Where a successful sign-in goes: `callbackPath`, in the language the user chose (app/language/signed-in). */
export function landingAfterSignIn(callbackPath: string): string {
  return `/language/signed-in?${new URLSearchParams({ to: callbackPath })}`;
}

/** The sign-in page, asked to come back to `callbackPath` afterwards. */
export function signInPath(callbackPath: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: callbackPath })}`;
}
