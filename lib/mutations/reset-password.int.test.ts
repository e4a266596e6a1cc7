// "Forgot password" end to end at the integration level: the same answer for known and unknown addresses, the email
// over SMTP to the known one only, the reset through its link, and every earlier session refused afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { mailbox } from "@/lib/testing/mailbox";
import { createFocalPoint, createMember } from "@/prisma/seed/factories";
import { requestPasswordReset } from "./request-password-reset";
import { findOpenPasswordReset } from "@/lib/data/account/find-open-password-reset";
import { resetPassword } from "./reset-password";

let memberId: string;
beforeAll(async () => {
  memberId = (await createMember(db)).id;
});

/** A distinct client address per test, so that the per-address limits of one test never touch another. */
const randomByte = () => Math.floor(Math.random() * 256);
const clientAddress = () => `100.${64 + Math.floor(Math.random() * 64)}.${randomByte()}.${randomByte()}`;
const fromProxy = (ip: string) => ({ headers: { "x-forwarded-for": `203.0.113.99, ${ip}` } });
const OPTIONS = { trustedProxyHops: 1 };

function resetTokenIn(text: string): string {
  const match = /\/reset-password\/([A-Za-z0-9_-]{43})(?=\s|$)/m.exec(text);
  if (!match) throw new Error(`No reset link in:\n${text}`);
  return match[1]!;
}

async function claimsOf(signedIn: Awaited<ReturnType<typeof signInWithPassword>>) {
  if (!signedIn) throw new Error("not signed in");
  return {
    userId: signedIn.id,
    sessionVersion: signedIn.sessionVersion,
    signedInAt: signedIn.signedInAt,
    sid: signedIn.sessionId,
  };
}

describe("forgot password", () => {
  it("answers the same for unknown and known addresses, mails only the known one, and the reset ends old sessions", async () => {
    const { user, password: oldPassword } = await createFocalPoint(db, memberId);
    const ip = clientAddress();
    const oldSession = await claimsOf(
      await signInWithPassword({ email: user.email, password: oldPassword }, fromProxy(ip), OPTIONS),
    );
    expect(await loadSessionUser(oldSession)).not.toBeNull();

    const unknown = `nobody-${crypto.randomUUID().slice(0, 8)}@test.example.org`;
    const forUnknown = await requestPasswordReset({ email: unknown }, { ip });
    const forKnown = await requestPasswordReset({ email: ` ${user.email.toUpperCase()} ` }, { ip });
    expect(forUnknown).toEqual({ ok: true, email: unknown });
    expect(forKnown).toEqual({ ok: true, email: user.email });

    const mail = await mailbox().waitFor((m) => m.to.includes(user.email));
    expect(mail.subject).toBe("Reset your password for the WPS Commitments Tracker");
    expect(await db.emailLog.count({ where: { toAddress: unknown } })).toBe(0);
    expect(mailbox().messages.some((m) => m.to.includes(unknown))).toBe(false);
    const token = resetTokenIn(mail.text);
    const row = await db.authToken.findFirstOrThrow({ where: { userId: user.id, purpose: "PASSWORD_RESET" } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(60 * 60 * 1000);

    // A weak password is refused; the link still works.
    expect(await resetPassword({ token, password: "qwerty123456", confirm: "qwerty123456" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { password: ["common"] },
    });
    expect(await findOpenPasswordReset(token)).not.toBeNull();

    const newPassword = "window maple thunder quietly";
    expect(await resetPassword({ token, password: newPassword, confirm: newPassword })).toEqual({
      ok: true,
      email: user.email,
    });
    // The session from before the reset is refused on its very next request; so is the old password.
    expect(await loadSessionUser(oldSession)).toBeNull();
    expect(await db.userSession.findUniqueOrThrow({ where: { id: oldSession.sid } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    expect(
      await db.auditLog.count({ where: { entityId: user.id, action: "auth.password_reset", actorId: user.id } }),
    ).toBe(1);
    expect(await signInWithPassword({ email: user.email, password: oldPassword }, fromProxy(ip), OPTIONS)).toBeNull();
    const fresh = await signInWithPassword({ email: user.email, password: newPassword }, fromProxy(ip), OPTIONS);
    expect(await loadSessionUser(await claimsOf(fresh))).toMatchObject({ id: user.id });

    // The link works once.
    expect(
      await resetPassword({ token, password: "yet another passphrase", confirm: "yet another passphrase" }),
    ).toEqual({
      ok: false,
      error: "invalid_link",
    });
  });

  it("sends nothing to a deactivated account or one that has not accepted its invitation, and says the same", async () => {
    const { user: deactivated } = await createFocalPoint(db, memberId, { active: false });
    const pending = await db.user.create({
      data: {
        email: `pending-${crypto.randomUUID().slice(0, 8)}@test.example.org`,
        name: "Pending",
        role: "FOCAL_POINT",
        memberId,
        active: false,
      },
    });
    const ip = clientAddress();
    for (const email of [deactivated.email, pending.email]) {
      expect(await requestPasswordReset({ email }, { ip })).toEqual({ ok: true, email });
    }
    expect(
      await db.authToken.count({ where: { userId: { in: [deactivated.id, pending.id] }, purpose: "PASSWORD_RESET" } }),
    ).toBe(0);
    expect(await db.emailLog.count({ where: { toAddress: { in: [deactivated.email, pending.email] } } })).toBe(0);
  });

  it("limits requests per address asked about and per client address, still giving the same answer", async () => {
    const { user } = await createFocalPoint(db, memberId);
    const ip = clientAddress();
    for (let i = 0; i < 5; i++) {
      expect(await requestPasswordReset({ email: user.email }, { ip: clientAddress() })).toEqual({
        ok: true,
        email: user.email,
      });
    }
    // Three links were sent, whatever the client address; the fourth and fifth requests sent nothing.
    expect(await db.emailLog.count({ where: { toAddress: user.email, kind: "PASSWORD_RESET" } })).toBe(3);

    const spray = Array.from(
      { length: 21 },
      (_, i) => `spray-${i}-${crypto.randomUUID().slice(0, 6)}@test.example.org`,
    );
    for (const email of spray) await requestPasswordReset({ email }, { ip });
    const { user: victim } = await createFocalPoint(db, memberId);
    expect(await requestPasswordReset({ email: victim.email }, { ip })).toEqual({ ok: true, email: victim.email });
    expect(await db.authToken.count({ where: { userId: victim.id } })).toBe(0);
    await db.signInAttempt.deleteMany({ where: { ip } });
  });

  it("refuses a malformed address with a field error", async () => {
    expect(await requestPasswordReset({ email: "not an address" }, { ip: clientAddress() })).toEqual({
      ok: false,
      error: "invalid_email",
    });
  });
});
