// Single-use links sent by email, in the database (auth_tokens). See ./email-link-token.ts for the token itself.
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { generateToken, hashToken, isTokenUsable, isWellFormedToken, tokenExpiry } from "./email-link-token";

/**
 * Creates a link for `userId` and voids the unused links of the same purpose sent before it, so only the newest
 * invitation or reset email works. Returns the token, which exists nowhere else but in the email about to be sent.
 */
export async function issueEmailLink(
  tx: Tx,
  {
    userId,
    purpose,
    createdById = null,
    now = new Date(),
  }: { userId: string; purpose: TokenPurpose; createdById?: string | null; now?: Date },
) {
  await tx.authToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  const { token, tokenHash } = generateToken();
  const row = await tx.authToken.create({
    data: { userId, purpose, tokenHash, createdById, createdAt: now, expiresAt: tokenExpiry(purpose, now) },
    select: { id: true, expiresAt: true },
  });
  return { token, id: row.id, expiresAt: row.expiresAt };
}

const LINK_USER = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  passwordHash: true,
  sessionVersion: true,
  memberId: true,
  member: { select: { id: true, name: true } },
} as const;

/** The unused, unexpired link with this token and purpose, with its user; null for anything else. */
export async function findUsableEmailLink(token: unknown, purpose: TokenPurpose, now = new Date()) {
  if (!isWellFormedToken(token)) return null;
  const row = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, user: { select: LINK_USER } },
  });
  if (!row || row.purpose !== purpose || !isTokenUsable(row, now)) return null;
  return { id: row.id, expiresAt: row.expiresAt, user: row.user };
}

/**
 * Marks the link used, only if it still is usable at this instant: of two submissions racing with the same link,
 * exactly one gets true.
 */
export async function claimEmailLink(tx: Tx, id: string, now = new Date()): Promise<boolean> {
  const { count } = await tx.authToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
