import type * as Argon2 from "@node-rs/argon2";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createFocalPoint, createMember } from "@/prisma/seed/factories";
import { authenticateWithPassword } from "./authenticate";
import { loadSessionUser } from "./load-session-user";
import { SESSION_MAX_AGE_SECONDS } from "./session-user";
import { createUserSession } from "./user-sessions";

// argon2's verify, counted and still run: how much password-hashing work a sign-in attempt does.
const argon2Verify = vi.hoisted(() => vi.fn());
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof Argon2>();
  argon2Verify.mockImplementation(real.verify);
  return { ...real, verify: argon2Verify };
});

let active: { id: string; email: string; password: string; sessionVersion: number };
let inactive: { email: string; password: string };
let memberId: string;

beforeAll(async () => {
  const member = await createMember(db);
  memberId = member.id;
  const a = await createFocalPoint(db, member.id);
  const i = await createFocalPoint(db, member.id, { active: false });
  active = { id: a.user.id, email: a.user.email, password: a.password, sessionVersion: a.user.sessionVersion };
  inactive = { email: i.user.email, password: i.password };
});

describe("authenticateWithPassword", () => {
  it("signs in with the right password, whatever the email's case, and audits the sign-in", async () => {
    const user = await authenticateWithPassword({
      email: ` ${active.email.toUpperCase()} `,
      password: active.password,
    });
    expect(user).toEqual({ id: active.id, email: active.email, name: expect.any(String), sessionVersion: 0 });
    const row = await db.user.findUniqueOrThrow({ where: { id: active.id } });
    expect(row.lastSignInAt).toBeInstanceOf(Date);
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "auth.sign_in",
      actorId: active.id,
      entityId: active.id,
      memberId,
    });
  });

  it("answers the same null for a wrong password, an unknown email and a deactivated account", async () => {
    const audit = await db.auditLog.count();
    expect(await authenticateWithPassword({ email: active.email, password: `${active.password}x` })).toBeNull();
    expect(await authenticateWithPassword({ email: "nobody@test.example.org", password: active.password })).toBeNull();
    expect(await authenticateWithPassword({ email: inactive.email, password: inactive.password })).toBeNull();
    expect(await authenticateWithPassword({ email: active.email })).toBeNull();
    expect(await authenticateWithPassword(undefined)).toBeNull();
    expect(await db.auditLog.count()).toBe(audit);
  });

  it("does the same argon2 work for an unknown email as for a wrong password (no account enumeration by timing)", async () => {
    // One argon2id verification (tens of milliseconds) in both cases: without the dummy hash, an unknown email would
    // answer after one indexed query. Counted rather than timed, so that a busy machine cannot make it flaky.
    const verifications = async (email: string) => {
      argon2Verify.mockClear();
      await authenticateWithPassword({ email, password: "wrong-password" });
      return argon2Verify.mock.calls.length;
    };
    expect(await verifications("nobody-else@test.example.org")).toBe(1);
    expect(await verifications(active.email)).toBe(1);
    expect(await verifications(inactive.email)).toBe(1);
  });
});

describe("loadSessionUser", () => {
  const now = () => Math.floor(Date.now() / 1000);
  const claimsFor = async (user: { id: string; sessionVersion: number }) => {
    const session = await createUserSession({ userId: user.id, ip: "192.0.2.1" });
    return { userId: user.id, sessionVersion: user.sessionVersion, signedInAt: session.signedInAt, sid: session.id };
  };

  it("returns the active user whose session row and session version match", async () => {
    const user = await loadSessionUser(await claimsFor(active));
    expect(user).toMatchObject({ id: active.id, email: active.email, role: "FOCAL_POINT", memberId });
    expect(user?.member?.id).toBe(memberId);
  });

  it("refuses a session whose version was revoked, an older-than-12-hours sign-in, and malformed claims", async () => {
    const claims = await claimsFor(active);
    expect(await loadSessionUser({ ...claims, sessionVersion: active.sessionVersion + 1 })).toBeNull();
    expect(await loadSessionUser({ ...claims, signedInAt: now() - SESSION_MAX_AGE_SECONDS - 60 })).toBeNull();
    expect(await loadSessionUser({ userId: active.id })).toBeNull();
    expect(await loadSessionUser({ ...claims, sid: undefined })).toBeNull();
    expect(await loadSessionUser({ ...claims, userId: crypto.randomUUID() })).toBeNull();
  });

  it("stops accepting a session as soon as the user is deactivated", async () => {
    const { user } = await createFocalPoint(db, memberId);
    const claims = await claimsFor(user);
    expect(await loadSessionUser(claims)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadSessionUser(claims)).toBeNull();
  });
});
