// How often "forgot password" may be asked, counted in the database like sign-in attempts (lib/auth/sign-in-limits.ts).
//
// The requests are stored in sign_in_attempts, with the asked-about address prefixed by RESET_REQUEST_PREFIX and
// succeeded = false: it is the table of "attempts to get in", it has the email and client-address columns and
// indexes this needs, and the prefix keeps these rows out of the sign-in counts (which match emails exactly, or
// exclude the prefix for per-address counts). Unknown addresses are counted like real ones, so the limit reveals
// nothing either.
import "server-only";
import { db } from "@/lib/db";

export const RESET_REQUEST_PREFIX = "password-reset:";
const RESET_WINDOW_MS = 15 * 60 * 1000;
/** Per asked-about address: enough for "I did not get it, send it again", too few to flood an inbox. */
const RESET_EMAIL_LIMIT = 3;
/** Per client address, over all addresses asked about. */
const RESET_IP_LIMIT = 20;

/** Records the request, then says whether it is over either limit (the count includes it). */
export async function isOverPasswordResetLimit(email: string, ip: string, now = new Date()): Promise<boolean> {
  const key = `${RESET_REQUEST_PREFIX}${email}`;
  await db.signInAttempt.create({ data: { email: key, ip, succeeded: false, createdAt: now } });
  const since = new Date(now.getTime() - RESET_WINDOW_MS);
  const [forEmail, forIp] = await Promise.all([
    db.signInAttempt.count({ where: { email: key, createdAt: { gt: since } } }),
    db.signInAttempt.count({ where: { ip, email: { startsWith: RESET_REQUEST_PREFIX }, createdAt: { gt: since } } }),
  ]);
  return forEmail > RESET_EMAIL_LIMIT || forIp > RESET_IP_LIMIT;
}
