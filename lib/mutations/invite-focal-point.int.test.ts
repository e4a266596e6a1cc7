// The invitation journey at the integration level: real PostgreSQL, and the email really travels over SMTP to the
// in-process server (lib/testing/mailbox.ts); the link is taken from the text the invitee would read.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { findUsableEmailLink } from "@/lib/auth/email-links";
import type { SessionUser } from "@/lib/auth/session-user";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { mailbox } from "@/lib/testing/mailbox";
import { createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { findOpenInvitation } from "@/lib/data/account/find-open-invitation";
import { acceptInvitation } from "./accept-invitation";
import { inviteFocalPoint } from "./invite-focal-point";
import { withdrawInvitation } from "./withdraw-invitation";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
const { inviteFocalPointAction } = await import("@/lib/actions/invite-focal-point");

let secretariat: SessionUser;
let focalPoint: SessionUser;
let member: { id: string; name: string };

beforeAll(async () => {
  member = await createMember(db);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
});

const uniqueEmail = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}@invitee.example.org`;

function invitationForm(values: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  return form;
}

async function counts() {
  const [users, tokens, emails, audit] = await Promise.all([
    db.user.count(),
    db.authToken.count(),
    db.emailLog.count(),
    db.auditLog.count(),
  ]);
  return { users, tokens, emails, audit };
}

function tokenIn(text: string): string {
  const match = /\/invitation\/([A-Za-z0-9_-]{43})(?=\s|$)/m.exec(text);
  if (!match) throw new Error(`No invitation link in:\n${text}`);
  return match[1]!;
}

describe("inviting a focal point", () => {
  it("refuses an anonymous visitor and a focal point, changes nothing, and audits the focal point's attempt", async () => {
    const email = uniqueEmail("refused");
    const input = { email, name: "Refused Invitee", memberId: member.id };
    const before = await counts();

    session.user = null;
    expect(await inviteFocalPointAction({ status: "idle", submission: 0 }, invitationForm(input))).toMatchObject({
      status: "signed_out",
    });
    expect(await counts()).toEqual(before);

    session.user = focalPoint;
    expect(await inviteFocalPointAction({ status: "idle", submission: 0 }, invitationForm(input))).toMatchObject({
      status: "refused",
      values: input,
    });
    await expect(inviteFocalPoint(focalPoint, input)).rejects.toBeInstanceOf(AuthorizationError);

    const after = await counts();
    // Only the refusals' own audit rows were written: no user, no link, no email.
    expect(after).toEqual({ ...before, audit: before.audit + 2 });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    const refusal = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(refusal).toMatchObject({
      action: "authorization.refused",
      actorId: focalPoint.id,
      entityType: "user",
      entityId: email,
    });
    expect(mailbox().messages.some((mail) => mail.to.includes(email))).toBe(false);
  });

  it("lets the secretariat invite; the invitee gets the email over SMTP, sets a password and is signed in", async () => {
    const email = uniqueEmail("invitee");
    session.user = secretariat;
    const state = await inviteFocalPointAction(
      { status: "idle", submission: 0 },
      invitationForm({ email: email.toUpperCase(), name: "Amina Diallo", memberId: member.id }),
    );
    expect(state).toMatchObject({ status: "sent", invited: { email, memberName: member.name } });

    const invitee = await db.user.findUniqueOrThrow({ where: { email } });
    expect(invitee).toMatchObject({ role: "FOCAL_POINT", memberId: member.id, active: false, passwordHash: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: invitee.id, action: "focal_point.invite" } });
    expect(audit).toMatchObject({ actorId: secretariat.id, memberId: member.id });
    const link = await db.authToken.findFirstOrThrow({ where: { userId: invitee.id } });
    expect(link.purpose).toBe("INVITATION");
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);

    const mail = await mailbox().waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe(`You are invited to report for ${member.name} on the WPS Commitments Tracker`);
    expect(mail.text).toContain("Dear Amina Diallo,");
    const token = tokenIn(mail.text);
    // Only the hash is stored.
    expect(link.tokenHash).not.toBe(token);
    expect(await db.authToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(mail.html).toContain(`/invitation/${token}`);

    // A weak password is refused and the link keeps working.
    const weak = await acceptInvitation({ token, password: "password1234", confirm: "password1234" });
    expect(weak).toEqual({ ok: false, error: "invalid", fieldErrors: { password: ["common"] } });
    const mismatch = await acceptInvitation({ token, password: "lantern river cobalt", confirm: "lantern river" });
    expect(mismatch).toEqual({ ok: false, error: "invalid", fieldErrors: { confirm: ["mismatch"] } });
    expect(await findOpenInvitation(token)).not.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { email } })).active).toBe(false);

    const password = "lantern river cobalt orchard";
    const accepted = await acceptInvitation({ token, password, confirm: password });
    expect(accepted).toMatchObject({ ok: true, user: { id: invitee.id, email } });
    const activated = await db.user.findUniqueOrThrow({ where: { email } });
    expect(activated.active).toBe(true);
    expect(activated.passwordHash).toMatch(/^\$argon2id\$/);
    expect(activated.sessionVersion).toBe(invitee.sessionVersion);
    expect((await db.authToken.findUniqueOrThrow({ where: { id: link.id } })).usedAt).toBeInstanceOf(Date);
    expect(
      await db.auditLog.findFirst({
        where: { entityId: invitee.id, action: "focal_point.invitation_accepted", actorId: invitee.id },
      }),
    ).not.toBeNull();

    // The link works once.
    expect(
      await acceptInvitation({ token, password: "another good passphrase", confirm: "another good passphrase" }),
    ).toEqual({
      ok: false,
      error: "invalid_link",
    });
    expect(await findOpenInvitation(token)).toBeNull();

    // And the new focal point can sign in, as a focal point of that member.
    const signedIn = await signInWithPassword({ email, password }, { headers: {} }, { trustedProxyHops: 1 });
    expect(signedIn?.id).toBe(invitee.id);
    expect(await sessionUserOf(invitee.id)).toMatchObject({ role: "FOCAL_POINT", memberId: member.id });
  });

  it("resending replaces the link: only the newest one works", async () => {
    const email = uniqueEmail("resend");
    const first = await inviteFocalPoint(secretariat, { email, name: "First Name", memberId: member.id });
    const firstMail = await mailbox().waitFor((m) => m.to.includes(email));
    await inviteFocalPoint(secretariat, { email, name: "Corrected Name", memberId: member.id });
    const secondMail = await mailbox().waitFor((m) => m.to.includes(email) && m !== firstMail);

    expect(await findUsableEmailLink(tokenIn(firstMail.text), "INVITATION")).toBeNull();
    expect(await findOpenInvitation(tokenIn(secondMail.text))).toMatchObject({ user: { name: "Corrected Name" } });
    const userId = first.ok ? first.userId : "";
    expect(await db.auditLog.count({ where: { action: "focal_point.reinvite", entityId: userId } })).toBe(1);
  });

  it("refuses an address that already has an account, and bad input, with nothing written", async () => {
    const before = await counts();
    expect(
      await inviteFocalPoint(secretariat, { email: focalPoint.email, name: "Someone", memberId: member.id }),
    ).toEqual({
      ok: false,
      error: "account_exists",
    });
    expect(
      await inviteFocalPoint(secretariat, { email: secretariat.email, name: "Someone", memberId: member.id }),
    ).toEqual({
      ok: false,
      error: "account_exists",
    });
    expect(await inviteFocalPoint(secretariat, { email: "not an email", name: " ", memberId: "x" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { email: ["invalid_email"], name: ["name_required"], memberId: ["member_required"] },
    });
    expect(
      await inviteFocalPoint(secretariat, { email: uniqueEmail("nomember"), name: "A", memberId: crypto.randomUUID() }),
    ).toEqual({ ok: false, error: "invalid", fieldErrors: { memberId: ["member_required"] } });
    expect(await counts()).toEqual(before);
  });

  it("answers an unknown, malformed or expired link with the same refusal, changing nothing", async () => {
    const email = uniqueEmail("expired");
    const invited = await inviteFocalPoint(secretariat, { email, name: "Late Invitee", memberId: member.id });
    const token = tokenIn((await mailbox().waitFor((m) => m.to.includes(email))).text);
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    const password = "lantern river cobalt orchard";
    expect(await acceptInvitation({ token, password, confirm: password }, eightDaysLater)).toEqual({
      ok: false,
      error: "invalid_link",
    });
    expect(await acceptInvitation({ token: "x".repeat(43), password, confirm: password })).toEqual({
      ok: false,
      error: "invalid_link",
    });
    expect(await acceptInvitation({ token: "../../etc", password, confirm: password })).toEqual({
      ok: false,
      error: "invalid_link",
    });
    expect(invited.ok && (await db.user.findUniqueOrThrow({ where: { email } })).active).toBe(false);
  });
});

describe("withdrawing an invitation", () => {
  it("deletes the never-used account: the emailed link stops working at once, and the audit log says who was invited", async () => {
    const email = uniqueEmail("withdrawn");
    const invited = await inviteFocalPoint(secretariat, { email, name: "Wrong Address", memberId: member.id });
    const token = tokenIn((await mailbox().waitFor((m) => m.to.includes(email))).text);
    const userId = invited.ok ? invited.userId : "";

    expect(await withdrawInvitation(secretariat, { userId })).toEqual({ ok: true, email });
    const password = "lantern river cobalt orchard";
    expect(await acceptInvitation({ token, password, confirm: password })).toEqual({
      ok: false,
      error: "invalid_link",
    });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await db.authToken.count({ where: { userId } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "focal_point.invitation_withdrawn", entityId: userId },
    });
    expect(audit).toMatchObject({
      actorId: secretariat.id,
      memberId: member.id,
      before: { email, name: "Wrong Address" },
    });

    // The address can be invited again.
    expect(await inviteFocalPoint(secretariat, { email, name: "Right Person", memberId: member.id })).toMatchObject({
      ok: true,
    });
  });

  it("refuses to withdraw an accepted invitation, an unknown id, or for anyone but the secretariat, changing nothing", async () => {
    const email = uniqueEmail("accepted");
    const invited = await inviteFocalPoint(secretariat, { email, name: "Accepted Invitee", memberId: member.id });
    const token = tokenIn((await mailbox().waitFor((m) => m.to.includes(email))).text);
    const password = "lantern river cobalt orchard";
    expect(await acceptInvitation({ token, password, confirm: password })).toMatchObject({ ok: true });
    const userId = invited.ok ? invited.userId : "";
    const before = await counts();

    expect(await withdrawInvitation(secretariat, { userId })).toEqual({ ok: false, error: "wrong_state" });
    expect(await withdrawInvitation(secretariat, { userId: crypto.randomUUID() })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await withdrawInvitation(secretariat, { userId: "'; DROP TABLE users; --" })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await withdrawInvitation(secretariat, { userId: secretariat.id })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await counts()).toEqual(before);

    const pending = await inviteFocalPoint(secretariat, {
      email: uniqueEmail("still-pending"),
      name: "Pending",
      memberId: member.id,
    });
    const afterInvite = await counts();
    await expect(withdrawInvitation(focalPoint, { userId: pending.ok ? pending.userId : "" })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    await expect(withdrawInvitation(null, { userId: pending.ok ? pending.userId : "" })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    // Only the focal point's refusal is recorded; the invitation still stands.
    expect(await counts()).toEqual({ ...afterInvite, audit: afterInvite.audit + 1 });
  });

  it("of an acceptance and a withdrawal racing, exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const email = uniqueEmail(`race-${round}`);
      const invited = await inviteFocalPoint(secretariat, { email, name: "Racing Invitee", memberId: member.id });
      const token = tokenIn((await mailbox().waitFor((m) => m.to.includes(email))).text);
      const password = "lantern river cobalt orchard";
      const [accepted, withdrawn] = await Promise.all([
        acceptInvitation({ token, password, confirm: password }),
        withdrawInvitation(secretariat, { userId: invited.ok ? invited.userId : "" }),
      ]);
      expect([accepted.ok, withdrawn.ok].filter(Boolean)).toHaveLength(1);
      const user = await db.user.findUnique({ where: { email }, select: { passwordHash: true, active: true } });
      if (accepted.ok) expect(user).toMatchObject({ active: true });
      else expect(user).toBeNull();
    }
  });
});
