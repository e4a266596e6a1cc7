// Sessions are refused on the very next request after sign-out, a password change or deactivation. The session
// loader is called with the claims a session cookie would carry, crafted here.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/mutations/change-password";
import { createFocalPoint, createMember } from "@/prisma/seed/factories";
import { loadSessionUser } from "./load-session-user";
import { authOptions } from "./options";
import { revokeSessions } from "./revoke-sessions";
import { signInWithPassword } from "./sign-in";
import { sessionUserOf } from "./testing/session-user-of";

let memberId: string;
beforeAll(async () => {
  memberId = (await createMember(db)).id;
});

const randomByte = () => Math.floor(Math.random() * 256);
const from = () => ({
  headers: {
    "x-forwarded-for": `100.${64 + (randomByte() % 64)}.${randomByte()}.${randomByte()}`,
    "user-agent": "Test Browser/1.0",
  },
});

async function signIn(email: string, password: string) {
  const signedIn = await signInWithPassword({ email, password }, from(), { trustedProxyHops: 1 });
  if (!signedIn) throw new Error("sign-in failed");
  return {
    userId: signedIn.id,
    sessionVersion: signedIn.sessionVersion,
    signedInAt: signedIn.signedInAt,
    sid: signedIn.sessionId,
  };
}

describe("sessions", () => {
  it("creates a session row on sign-in, with its address, browser and a 12-hour end", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const claims = await signIn(user.email, password);
    const row = await db.userSession.findUniqueOrThrow({ where: { id: claims.sid } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null, userAgent: "Test Browser/1.0" });
    expect(row.ip).toMatch(/^100\./);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 60 * 60 * 1000);
    expect(await loadSessionUser(claims)).toMatchObject({ id: user.id, memberId });
  });

  it("signing out revokes that session only: its cookie is refused on the next request, the other device stays", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const laptop = await signIn(user.email, password);
    const phone = await signIn(user.email, password);
    await authOptions.events!.signOut!({ token: { ...laptop }, session: undefined as never });
    expect(await loadSessionUser(laptop)).toBeNull();
    expect(await loadSessionUser(phone)).toMatchObject({ id: user.id });
    expect(await db.auditLog.count({ where: { action: "auth.sign_out", entityId: user.id } })).toBe(1);
  });

  it("refuses crafted claims: an unknown or malformed session id, another user's session, an expired row", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const { user: other, password: otherPassword } = await createFocalPoint(db, memberId);
    const claims = await signIn(user.email, password);
    const othersClaims = await signIn(other.email, otherPassword);
    expect(await loadSessionUser({ ...claims, sid: crypto.randomUUID() })).toBeNull();
    expect(await loadSessionUser({ ...claims, sid: "not-a-uuid" })).toBeNull();
    expect(await loadSessionUser({ ...claims, sid: othersClaims.sid })).toBeNull();

    const thirteenHoursAgo = new Date(Date.now() - 13 * 60 * 60 * 1000);
    await db.userSession.update({
      where: { id: claims.sid },
      data: { createdAt: thirteenHoursAgo, expiresAt: new Date(thirteenHoursAgo.getTime() + 12 * 60 * 60 * 1000) },
    });
    expect(await loadSessionUser(claims)).toBeNull();
  });

  it("deactivation by the secretariat refuses every session of the user at once", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const first = await signIn(user.email, password);
    const second = await signIn(user.email, password);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { active: false } });
      await revokeSessions(tx, user.id);
    });
    expect(await loadSessionUser(first)).toBeNull();
    expect(await loadSessionUser(second)).toBeNull();
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  it("a password change keeps the session that made it (with the new version) and ends all the others", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const here = await signIn(user.email, password);
    const elsewhere = await signIn(user.email, password);
    const actor = await sessionUserOf(user.id);
    const ip = "100.64.0.1";

    expect(
      await changePassword(
        actor,
        { current: "not it", password: "new orchard lantern", confirm: "new orchard lantern" },
        { sessionId: here.sid, ip },
      ),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { current: ["wrong"] },
    });
    expect(
      await changePassword(
        actor,
        { current: password, password: "short", confirm: "short" },
        { sessionId: here.sid, ip },
      ),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { password: ["too_short"] },
    });

    const changed = await changePassword(
      actor,
      { current: password, password: "new orchard lantern", confirm: "new orchard lantern" },
      { sessionId: here.sid, ip },
    );
    expect(changed).toMatchObject({ ok: true, sessionVersion: here.sessionVersion + 1, session: { id: here.sid } });
    // The cookie of this browser is re-issued with the new version (lib/actions/change-password.ts).
    expect(await loadSessionUser({ ...here, sessionVersion: here.sessionVersion + 1 })).toMatchObject({ id: user.id });
    expect(await loadSessionUser(here)).toBeNull();
    expect(await loadSessionUser(elsewhere)).toBeNull();
    expect(await loadSessionUser({ ...elsewhere, sessionVersion: here.sessionVersion + 1 })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.password_changed", entityId: user.id } })).toBe(1);
  });
});
