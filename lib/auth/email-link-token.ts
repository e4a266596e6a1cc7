// The single-use links sent by email (invitation, password reset, sign-in link): pure helpers, no database.
// The token is 32 random bytes (base64url, 43 characters) and travels only in the email; the database keeps its
// SHA-256, so a leaked backup or a read-only SQL injection cannot be turned into working links. SHA-256 without a
// salt is enough here: the input is 256 random bits, not a password.
import { createHash, randomBytes } from "node:crypto";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const HOUR_MS = 60 * 60 * 1000;

/**
 * Invitations wait a week (people are travelling); a reset link is only good for an hour; a sign-in link, sent while
 * someone is at the sign-in form (docs/decisions/0017-sign-in-under-attack.md), for a quarter of an hour.
 */
const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  INVITATION: 7 * 24 * HOUR_MS,
  PASSWORD_RESET: HOUR_MS,
  SIGN_IN_LINK: HOUR_MS / 4,
};

export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Rejects anything that could not have come from generateToken() before it reaches the database. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && TOKEN_PATTERN.test(token);
}

export function tokenExpiry(purpose: TokenPurpose, now: Date): Date {
  return new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
}

/** A link works once, before it expires. */
export function isTokenUsable(row: { usedAt: Date | null; expiresAt: Date }, now: Date): boolean {
  return row.usedAt === null && row.expiresAt.getTime() > now.getTime();
}
