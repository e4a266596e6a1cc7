// The error codes a failed sign-in carries back to the sign-in page. next-auth v4 puts the message of an error thrown
// by `authorize` into the `error` query parameter (no JavaScript) or into signIn()'s result (JavaScript), so a lock
// travels as "AccountLocked-<minutes>" (too many failures: this browser waits), or "SignInLinkOffered-<minutes>" (a
// browser the account does not know, under a lock strangers can fill: if the password was right, a one-time link
// has been emailed; lib/auth/sign-in-links.ts). Pure: the page and the client form share it.
import type { Lock } from "./sign-in-limits";

export type SignInError =
  | { kind: "CredentialsSignin" | "SessionRequired" | "cookies" | "default" }
  | { kind: "accountLocked" | "signInLinkOffered"; minutes: number };

const LOCK_CODE = /^(AccountLocked|SignInLinkOffered)-(\d{1,2})$/;

export function lockErrorCode(lock: Lock, { linkOffered = false } = {}): string {
  return `${linkOffered ? "SignInLinkOffered" : "AccountLocked"}-${lock.minutes}`;
}

/** Anything unknown gets the general message; the minutes are clamped, since the code arrives in a URL. */
export function parseSignInError(code: string | null | undefined): SignInError | null {
  if (!code) return null;
  if (code === "CredentialsSignin" || code === "SessionRequired") return { kind: code };
  const lock = LOCK_CODE.exec(code);
  if (lock) {
    const minutes = Math.min(15, Math.max(1, Number(lock[2])));
    return { kind: lock[1] === "AccountLocked" ? "accountLocked" : "signInLinkOffered", minutes };
  }
  return { kind: "default" };
}
