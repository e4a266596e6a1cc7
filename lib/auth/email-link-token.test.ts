import { describe, expect, it } from "vitest";
import { generateToken, hashToken, isTokenUsable, isWellFormedToken, tokenExpiry } from "./email-link-token";

describe("email link tokens", () => {
  it("are 32 random bytes in base64url, and only their SHA-256 is kept", () => {
    const { token, tokenHash } = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).not.toContain(token);
    expect(generateToken().token).not.toBe(token);
  });

  it("recognises only what generateToken could have produced", () => {
    expect(isWellFormedToken(generateToken().token)).toBe(true);
    expect(isWellFormedToken("short")).toBe(false);
    expect(isWellFormedToken(`${generateToken().token}x`)).toBe(false);
    expect(isWellFormedToken("a".repeat(42) + "/")).toBe(false);
    expect(isWellFormedToken(undefined)).toBe(false);
  });

  it("expire after a week for invitations and an hour for password resets", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    expect(tokenExpiry("INVITATION", now).toISOString()).toBe("2026-03-08T12:00:00.000Z");
    expect(tokenExpiry("PASSWORD_RESET", now).toISOString()).toBe("2026-03-01T13:00:00.000Z");
  });

  it("work once, before they expire", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const later = new Date("2026-03-01T12:00:01Z");
    expect(isTokenUsable({ usedAt: null, expiresAt: later }, now)).toBe(true);
    expect(isTokenUsable({ usedAt: null, expiresAt: now }, now)).toBe(false);
    expect(isTokenUsable({ usedAt: now, expiresAt: later }, now)).toBe(false);
  });
});
