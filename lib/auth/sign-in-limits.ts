// Limits on password guessing, counted in sign_in_attempts so that they hold across every app server.
//
// - Per account: after ACCOUNT_FAILURE_LIMIT failures within WINDOW for one email address, that address is locked
//   until the window has slid past enough of them. Unknown addresses are counted and locked exactly like real ones,
//   so a lock says nothing about whether an account exists. Failures before the account's last successful sign-in
//   or the last password set through an emailed link do not count: resetting the password is the way out of a lock.
// - Per client address (lib/auth/client-ip.ts): IP_FAILURE_LIMIT failures within WINDOW, over any emails, so one
//   machine cannot try one password on many accounts.
// - A browser that proves it signed in to this account before (lib/auth/trusted-device.ts) is judged by its own
//   failures only (ACCOUNT_FAILURE_LIMIT within WINDOW): the two limits above count and stop untrusted attempts
//   only, so no stranger, however many made-up or real addresses they try, can lock the owner out of their own
//   browser (OWASP's device cookies; docs/decisions/0014-request-hardening.md).
// - A browser the account does not know, refused by those two limits, is offered a one-time link by email, sent only
//   if the password was right (./sign-in-links.ts, docs/decisions/0017-sign-in-under-attack.md): so nobody but the
//   owner can keep the owner out of a new device either.
//
// Every attempt is written BEFORE the password is checked (as a failure, turned into a success afterwards), and the
// counts include it. So N concurrent attempts cannot all see "9 failures so far" and all go ahead: the attempt that
// is the 11th in the database sees 11. Refused attempts are recorded too: someone who keeps hammering a locked
// account keeps it locked (the owner can still reset their password), and the "try again in N minutes" we show is
// computed from the same rows.
import "server-only";
import { db } from "@/lib/db";
import { RESET_REQUEST_PREFIX } from "./password-reset-limits";
import { SIGN_IN_LINK_PREFIX } from "./sign-in-links";

const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 10;
export const IP_FAILURE_LIMIT = 50;

export type Lock = { scope: "account" | "network"; minutes: number };

export type RecordedAttempt = {
  id: bigint;
  /** Set when this attempt must be refused without checking the password. */
  lock: Lock | null;
  /** Whether a failure of this attempt locks the account (it was the last one allowed). */
  lastAllowed: boolean;
};

type Counted = { ip: string } | { email: string; device: string | null };

/**
 * Records an attempt (as failed until markAttemptSucceeded) and says whether it may go ahead. `email` must be the
 * normalised (trimmed, lower-cased) address; `device` the id a valid trusted-device cookie proves for it, or null.
 */
export async function recordSignInAttempt(
  email: string,
  ip: string,
  now = new Date(),
  device: string | null = null,
): Promise<RecordedAttempt> {
  const { id } = await db.signInAttempt.create({
    data: { email, ip, device, succeeded: false, createdAt: now },
    select: { id: true },
  });
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [ipFailures, accountSince] = await Promise.all([
    device ? Promise.resolve([]) : recentFailures({ ip }, windowStart, IP_FAILURE_LIMIT),
    accountCountingStart(email, windowStart),
  ]);
  if (ipFailures.length > IP_FAILURE_LIMIT) {
    return { id, lock: lockFrom("network", ipFailures, IP_FAILURE_LIMIT, now), lastAllowed: false };
  }
  const accountFailures = await recentFailures({ email, device }, accountSince, ACCOUNT_FAILURE_LIMIT);
  if (accountFailures.length > ACCOUNT_FAILURE_LIMIT) {
    return { id, lock: lockFrom("account", accountFailures, ACCOUNT_FAILURE_LIMIT, now), lastAllowed: false };
  }
  return { id, lock: null, lastAllowed: accountFailures.length === ACCOUNT_FAILURE_LIMIT };
}

export async function markAttemptSucceeded(id: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id }, data: { succeeded: true } });
}

/** The lock an account is under right after its last allowed attempt failed (shown instead of "wrong password"). */
export async function accountLockAfterFailure(
  email: string,
  now = new Date(),
  device: string | null = null,
): Promise<Lock> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const since = await accountCountingStart(email, windowStart);
  const failures = await recentFailures({ email, device }, since, ACCOUNT_FAILURE_LIMIT);
  return lockFrom("account", failures, ACCOUNT_FAILURE_LIMIT, now);
}

/**
 * Times of the most recent failures (newest first), at most limit + 1 of them: enough to decide. Per client address,
 * untrusted attempts only; per account, those of one trusted device, or else those of untrusted clients.
 */
async function recentFailures(where: Counted, since: Date, limit: number): Promise<Date[]> {
  // Password-reset requests and emailed sign-in links share the table (./password-reset-limits.ts,
  // ./sign-in-links.ts); they are not failed sign-ins.
  const counted =
    "ip" in where
      ? {
          ip: where.ip,
          device: null,
          NOT: [{ email: { startsWith: RESET_REQUEST_PREFIX } }, { email: { startsWith: SIGN_IN_LINK_PREFIX } }],
        }
      : where;
  const rows = await db.signInAttempt.findMany({
    where: { ...counted, succeeded: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: limit + 1,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/** The window start, or later: the account's last successful sign-in or last password set by an emailed link. */
async function accountCountingStart(email: string, windowStart: Date): Promise<Date> {
  const [lastSuccess, lastLinkUsed] = await Promise.all([
    db.signInAttempt.findFirst({
      where: { email, succeeded: true, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
    db.authToken.findFirst({
      where: { user: { email }, usedAt: { gt: windowStart } },
      orderBy: { usedAt: "desc" },
      select: { usedAt: true },
    }),
  ]);
  const times = [windowStart, lastSuccess?.createdAt, lastLinkUsed?.usedAt].filter((t): t is Date => t instanceof Date);
  return new Date(Math.max(...times.map((t) => t.getTime())));
}

/**
 * A new attempt is allowed again once fewer than `limit` failures remain in the window, that is when the `limit`-th
 * most recent failure is WINDOW old.
 */
function lockFrom(scope: Lock["scope"], failuresNewestFirst: Date[], limit: number, now: Date): Lock {
  const pivot = failuresNewestFirst[limit - 1] ?? now;
  const remainingMs = pivot.getTime() + SIGN_IN_WINDOW_MS - now.getTime();
  return { scope, minutes: Math.min(15, Math.max(1, Math.ceil(remainingMs / 60_000))) };
}
