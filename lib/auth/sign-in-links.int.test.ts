// Issue 13: no anonymous client can stop a legitimate user signing in with the right password. Under a simulated
// attack, through the same function next-auth's authorize calls and the mutation behind the emailed link's button,
// against the real database and a real SMTP exchange (docs/decisions/0017-sign-in-under-attack.md).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInWithLink } from "@/lib/mutations/sign-in-with-link";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import { mailbox } from "@/lib/testing/mailbox";
import type { ReceivedMail } from "@/lib/testing/smtp-sink";
import { createFocalPoint, createMember } from "@/prisma/seed/factories";
import { UNKNOWN_CLIENT } from "./client-ip";
import { SignInLockedError, signInWithPassword } from "./sign-in";
import { ACCOUNT_FAILURE_LIMIT, IP_FAILURE_LIMIT } from "./sign-in-limits";
import { SIGN_IN_LINK_LIMIT } from "./sign-in-links";

let memberId: string;
const startedAt = new Date();

beforeAll(async () => {
  memberId = (await createMember(db)).id;
});

afterAll(async () => {
  // The attack fills the one shared "unknown" address; other test files must not inherit its lock.
  await db.signInAttempt.deleteMany({ where: { ip: UNKNOWN_CLIENT, createdAt: { gte: startedAt } } });
});

type From = {
  request: { headers: Record<string, string> };
  options: { trustedProxyHops: number; now?: Date; deliver?: (task: () => Promise<unknown>) => void };
};

/** With no trusted proxy (the default, the issue-13 setting), every client shares one address. */
function sharedAddress(cookie?: string): From {
  return {
    request: { headers: { "user-agent": "integration-test", ...(cookie ? { cookie } : {}) } },
    options: { trustedProxyHops: 0 },
  };
}

const randomByte = () => Math.floor(Math.random() * 256);

/** Behind one trusted proxy, from an address of its own. */
function viaProxy(): From {
  const ip = `100.${64 + Math.floor(Math.random() * 64)}.${randomByte()}.${randomByte()}`;
  return { request: { headers: { "x-forwarded-for": ip } }, options: { trustedProxyHops: 1 } };
}

async function attempt(email: string, password: string, from: From) {
  try {
    const signedIn = await signInWithPassword({ email, password }, from.request, from.options);
    return { user: signedIn && { id: signedIn.id }, cookie: signedIn && signedIn.trustedDevice };
  } catch (error) {
    if (error instanceof SignInLockedError) return { locked: error.message };
    throw error;
  }
}

async function sprayMadeUpAddresses(count: number) {
  for (let batch = 0; batch < count; batch += 5) {
    await Promise.all(
      Array.from({ length: 5 }, () =>
        attempt(`made-up-${crypto.randomUUID().slice(0, 8)}@test.example.org`, "guess", sharedAddress()),
      ),
    );
  }
}

async function lockAccount(email: string) {
  const stranger = viaProxy();
  for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await attempt(email, `attacker guess ${i}`, stranger);
}

const linkMails = (email: string) =>
  mailbox().messages.filter((m) => m.to.includes(email) && /sign-in link/.test(m.subject));

function tokenIn(mail: ReceivedMail): string {
  const match = /\/sign-in\/link\/([A-Za-z0-9_-]{43})\b/.exec(mail.text);
  if (!match) throw new Error(`No sign-in link in "${mail.subject}"`);
  return match[1]!;
}

const client = { ip: "192.0.2.44", userAgent: "integration-test" };

describe("signing in during an attack", () => {
  it("51 failures with made-up addresses: the known device signs in with its password, a new device through the emailed link, once", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const known = await attempt(user.email, password, viaProxy());
    const ownBrowser = `${known.cookie!.name}=${known.cookie!.value}`;
    await sprayMadeUpAddresses(IP_FAILURE_LIMIT + 5);

    // The browser that signed in before is not stopped.
    expect((await attempt(user.email, password, sharedAddress(ownBrowser))).user?.id).toBe(user.id);

    // A new device with the right password is not signed in, but told a link is on its way, and it is.
    expect(await attempt(user.email, password, sharedAddress())).toMatchObject({
      locked: expect.stringMatching(/^SignInLinkOffered-\d+$/) as string,
    });
    const mail = await mailbox().waitFor((m) => m.to.includes(user.email) && /sign-in link/.test(m.subject));
    expect(mail.subject).toBe("Your sign-in link for the WPS Commitments Tracker");
    expect(mail.text).toMatch(/The link expires on .* UTC\./);
    expect(mail.text).toContain("someone else knows your password");

    const sessionsBefore = await db.userSession.count({ where: { userId: user.id } });
    const signedIn = await signInWithLink(tokenIn(mail), client);
    expect(signedIn).toMatchObject({ ok: true, user: { id: user.id, email: user.email } });
    const session = await db.userSession.findUniqueOrThrow({ where: { id: signedIn.ok ? signedIn.session.id : "" } });
    expect(session).toMatchObject({ userId: user.id, ip: client.ip, revokedAt: null });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(sessionsBefore + 1);
    const audit = await db.auditLog.findMany({
      where: { entityId: user.id, action: { in: ["auth.sign_in_link_sent", "auth.sign_in_by_link"] } },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([
      { action: "auth.sign_in_link_sent", actorId: null },
      { action: "auth.sign_in_by_link", actorId: user.id },
    ]);

    // Once and only once.
    expect(await signInWithLink(tokenIn(mail), client)).toEqual({ ok: false, error: "invalid_link" });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(sessionsBefore + 1);
  }, 180_000);

  it("answers a wrong password and an unknown address exactly alike, and emails nothing for them", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    await lockAccount(user.email);
    const unknown = `nobody-${crypto.randomUUID().slice(0, 8)}@test.example.org`;
    await lockAccount(unknown);

    const answers = [
      await attempt(user.email, "not the password", viaProxy()),
      await attempt(unknown, "not the password", viaProxy()),
      await attempt(unknown, password, viaProxy()),
    ];
    expect(answers).toEqual(Array(3).fill({ locked: "SignInLinkOffered-15" }));
    expect(await db.emailLog.count({ where: { toAddress: { in: [user.email, unknown] } } })).toBe(0);
    expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);

    // A deactivated account with its right password: the same answer, nothing sent.
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await attempt(user.email, password, viaProxy())).toEqual({ locked: "SignInLinkOffered-15" });
    expect(await db.emailLog.count({ where: { toAddress: user.email } })).toBe(0);
  });

  it("sends the link after the answer, only for the right password", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    await lockAccount(user.email);
    const deliver = vi.fn<(task: () => Promise<unknown>) => void>();
    const from = (): From => ({ ...viaProxy(), options: { trustedProxyHops: 1, deliver } });
    await attempt(user.email, "not the password", from());
    expect(deliver).not.toHaveBeenCalled();
    await attempt(user.email, password, from());
    expect(deliver).toHaveBeenCalledTimes(1);
    // Nothing was issued before the deferred task runs.
    expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);
    await deliver.mock.calls[0]![0]();
    expect(await db.authToken.count({ where: { userId: user.id, purpose: "SIGN_IN_LINK" } })).toBe(1);
  });

  it("keeps counting wrong passwords: the locked account stays locked, the link is the only way in", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const from = viaProxy();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++)
      expect(await attempt(user.email, `typo ${i}`, from)).toEqual({ user: null, cookie: null });
    // The tenth wrong password locks the account...
    expect(await attempt(user.email, "typo 10", from)).toEqual({ locked: "AccountLocked-15" });
    // ...and from then on no password signs in from a device the account does not know, whoever types it.
    for (const guess of [password, "another guess", password])
      expect(await attempt(user.email, guess, viaProxy())).toEqual({ locked: "SignInLinkOffered-15" });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
    const failures = await db.signInAttempt.count({ where: { email: user.email, succeeded: false } });
    expect(failures).toBe(ACCOUNT_FAILURE_LIMIT + 3);

    // Only the newest of the two links works.
    const [first, second] = linkMails(user.email);
    expect(await signInWithLink(tokenIn(first!), client)).toEqual({ ok: false, error: "invalid_link" });
    expect(await signInWithLink(tokenIn(second!), client)).toMatchObject({ ok: true });
  });

  it("lets a link expire after 15 minutes", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    await lockAccount(user.email);
    await attempt(user.email, password, viaProxy());
    const token = tokenIn(await mailbox().waitFor((m) => m.to.includes(user.email)));
    const sixteenMinutesLater = new Date(Date.now() + 16 * 60 * 1000);
    expect(await signInWithLink(token, { ...client, now: sixteenMinutesLater })).toEqual({
      ok: false,
      error: "invalid_link",
    });
    expect(await signInWithLink(token, client)).toMatchObject({ ok: true });
  });

  it("sends at most 3 links per account in 15 minutes, however often the right password is typed", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    await lockAccount(user.email);
    for (let i = 0; i < SIGN_IN_LINK_LIMIT + 3; i++)
      expect(await attempt(user.email, password, viaProxy())).toEqual({ locked: "SignInLinkOffered-15" });
    expect(await db.emailLog.count({ where: { toAddress: user.email, kind: "SIGN_IN_LINK" } })).toBe(
      SIGN_IN_LINK_LIMIT,
    );
  });

  it("voids an unused link when the account's sessions are revoked (password reset, deactivation)", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    await lockAccount(user.email);
    await attempt(user.email, password, viaProxy());
    const token = tokenIn(await mailbox().waitFor((m) => m.to.includes(user.email)));
    await db.$transaction((tx) => revokeSessions(tx, user.id));
    expect(await signInWithLink(token, client)).toEqual({ ok: false, error: "invalid_link" });
  });

  it("refuses anything that is not a live link", async () => {
    for (const token of ["", "x".repeat(43), "../../etc/passwd", 42, null])
      expect(await signInWithLink(token, client)).toEqual({ ok: false, error: "invalid_link" });
  });
});
