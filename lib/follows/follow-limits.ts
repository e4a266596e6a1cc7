// How often anyone may ask to follow (docs/decisions/0024-follow-by-email.md): each request is recorded with the
// HMACs of the address and of the client's address, then counted. Over a limit the answer says so plainly and no
// email goes out. The per-address limit counts every request for the address, whether or not it already follows
// something, so the answer tells nobody anything about the address.
import "server-only";
import { db } from "@/lib/db";

const HOUR_MS = 60 * 60 * 1000;
/** Confirmation emails one address can be sent in a day: enough to follow a few things, too few to flood it. */
export const FOLLOW_ADDRESS_LIMIT_PER_DAY = 5;
/** Follow requests from one client address in an hour, over every address asked for. */
export const FOLLOW_CLIENT_LIMIT_PER_HOUR = 30;

export type FollowLimit = "address" | "client" | null;

/** Records the request, then says which limit it is over, if any (the counts include it). */
export async function followLimitReached(emailHash: string, ipHash: string, now: Date): Promise<FollowLimit> {
  await db.followRequest.create({ data: { emailHash, ipHash, createdAt: now } });
  const [forAddress, forClient] = await Promise.all([
    db.followRequest.count({ where: { emailHash, createdAt: { gt: new Date(now.getTime() - 24 * HOUR_MS) } } }),
    db.followRequest.count({ where: { ipHash, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } } }),
  ]);
  if (forClient > FOLLOW_CLIENT_LIMIT_PER_HOUR) return "client";
  if (forAddress > FOLLOW_ADDRESS_LIMIT_PER_DAY) return "address";
  return null;
}
