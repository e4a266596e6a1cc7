// Sign-in abuse limits, through the same function next-auth's authorize calls, against the real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { messages } from "@/lib/i18n/messages";
import { resetPassword } from "@/lib/mutations/reset-password";
import { requestPasswordReset } from "@/lib/mutations/request-password-reset";
import { mailbox } from "@/lib/testing/mailbox";
import { createFocalPoint, createMember } from "@/prisma/seed/factories";
import { UNKNOWN_CLIENT } from "./client-ip";
import { parseSignInError } from "./sign-in-errors";
import { SignInLockedError, signInWithPassword } from "./sign-in";
import { ACCOUNT_FAILURE_LIMIT, IP_FAILURE_LIMIT } from "./sign-in-limits";
import { issueTrustedDevice, trustedDeviceCookieName } from "./trusted-device";

const t = createTranslator({ locale: "en", messages: messages.en, namespace: "auth.signIn.errors" });
let memberId: string;
const startedAt = new Date();

beforeAll(async () => {
  memberId = (await createMember(db)).id;
});

afterAll(async () => {
  // The hops=0 test fills the one shared "unknown" address; other test files must not inherit its lock.
  await db.signInAttempt.deleteMany({ where: { ip: UNKNOWN_CLIENT, createdAt: { gte: startedAt } } });
});

const randomByte = () => Math.floor(Math.random() * 256);

type From = { request: { headers: Record<string, string> }; options: { trustedProxyHops: number; now?: Date } };

/** Behind one trusted proxy, each test signs in from its own client address (random in 100.64.0.0/10). */
function viaProxy(ip = `100.${64 + Math.floor(Math.random() * 64)}.${randomByte()}.${randomByte()}`): From {
  return {
    request: { headers: { "x-forwarded-for": ip, "user-agent": "integration-test" } },
    options: { trustedProxyHops: 1 },
  };
}

async function attempt(email: string, password: string, from: From) {
  try {
    const signedIn = await signInWithPassword({ email, password }, from.request, from.options);
    return { user: signedIn && { id: signedIn.id } };
  } catch (error) {
    if (error instanceof SignInLockedError) return { locked: error.message };
    throw error;
  }
}

function lockMessage(code: string | undefined): string {
  const error = parseSignInError(code);
  if (!error || !("minutes" in error)) throw new Error(`not a lock: ${code}`);
  return t(error.kind, { minutes: error.minutes });
}

describe("sign-in limits", () => {
  it("records every attempt, and answers the same null for an unknown email and a wrong password", async () => {
    const { user } = await createFocalPoint(db, memberId);
    const from = viaProxy();
    const unknown = `nobody-${crypto.randomUUID().slice(0, 8)}@test.example.org`;
    expect(await attempt(user.email, "wrong password here", from)).toEqual({ user: null });
    expect(await attempt(unknown, "wrong password here", from)).toEqual({ user: null });
    const rows = await db.signInAttempt.findMany({ where: { email: { in: [user.email, unknown] } } });
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row).toMatchObject({ ip: from.request.headers["x-forwarded-for"], succeeded: false });
  });

  it("locks an account after 10 failures in 15 minutes, even against the right password, with the lock message", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const from = viaProxy();
    const results = [];
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++)
      results.push(await attempt(user.email, `wrong-${i}-password`, from));
    expect(results.slice(0, ACCOUNT_FAILURE_LIMIT - 1)).toEqual(Array(ACCOUNT_FAILURE_LIMIT - 1).fill({ user: null }));
    // The tenth failure already says so.
    expect(results.at(-1)).toEqual({ locked: "AccountLocked-15" });
    expect(lockMessage("AccountLocked-15")).toBe(
      "Too many failed attempts. Try again in 15 minutes or reset your password.",
    );
    // The right password signs nobody in under the lock (a one-time link is offered instead: sign-in-links.int.test.ts).
    expect(await attempt(user.email, password, from)).toEqual({ locked: "SignInLinkOffered-15" });
    // From another address too: the lock is on the account.
    expect(await attempt(user.email, password, viaProxy())).toEqual({ locked: "SignInLinkOffered-15" });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);

    // Sixteen minutes later the failures have left the window, and the right password works again.
    const later = { ...from, options: { ...from.options, now: new Date(Date.now() + 16 * 60 * 1000) } };
    expect((await attempt(user.email, password, later)).user?.id).toBe(user.id);
  });

  it("locks an unknown email exactly the same way, so a lock reveals nothing", async () => {
    const unknown = `nobody-${crypto.randomUUID().slice(0, 8)}@test.example.org`;
    const from = viaProxy();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++)
      expect(await attempt(unknown, "some password", from)).toEqual({ user: null });
    expect(await attempt(unknown, "some password", from)).toEqual({ locked: "AccountLocked-15" });
    expect(await attempt(unknown, "another password", from)).toEqual({ locked: "SignInLinkOffered-15" });
  });

  it("counts only failures since the last successful sign-in", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const from = viaProxy();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) await attempt(user.email, "typo password", from);
    expect((await attempt(user.email, password, from)).user?.id).toBe(user.id);
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++)
      expect(await attempt(user.email, "typo password", from)).toEqual({ user: null });
  });

  it("lets the owner out of a lock by resetting the password", async () => {
    const { user } = await createFocalPoint(db, memberId);
    const from = viaProxy();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT + 2; i++) await attempt(user.email, "attacker guess", from);
    expect(await attempt(user.email, "attacker guess", from)).toEqual({ locked: "SignInLinkOffered-15" });

    await requestPasswordReset({ email: user.email }, { ip: "192.0.2.254" });
    const mail = await mailbox().waitFor((m) => m.to.includes(user.email));
    const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    const newPassword = "harbour violet seventeen kites";
    expect(await resetPassword({ token, password: newPassword, confirm: newPassword })).toMatchObject({ ok: true });
    expect((await attempt(user.email, newPassword, from)).user?.id).toBe(user.id);
  });

  it("lets at most the allowed number of concurrent attempts reach the password check", async () => {
    const { user } = await createFocalPoint(db, memberId);
    const from = viaProxy();
    const results = await Promise.all(Array.from({ length: 16 }, () => attempt(user.email, "parallel guess", from)));
    const answered = results.filter((r) => "user" in r).length;
    expect(answered).toBeLessThanOrEqual(ACCOUNT_FAILURE_LIMIT - 1);
    expect(results.filter((r) => "locked" in r).length).toBe(16 - answered);
  });

  it("limits failures per client address; with no trusted proxy a forged X-Forwarded-For cannot give a fresh address", async () => {
    const noProxy = (i: number): From => ({
      request: { headers: { "x-forwarded-for": `203.0.113.${i % 250}, 10.${i}.0.1` } },
      options: { trustedProxyHops: 0 },
    });
    // Spread over many emails (fewer than 10 each), so that no account lock is involved.
    const emails = Array.from({ length: 10 }, () => `spray-${crypto.randomUUID().slice(0, 8)}@test.example.org`);
    for (let batch = 0; batch < IP_FAILURE_LIMIT; batch += 5) {
      await Promise.all(
        Array.from({ length: 5 }, (_, j) =>
          attempt(emails[(batch + j) % emails.length]!, "spray password", noProxy(batch + j)),
        ),
      );
    }
    const { user, password } = await createFocalPoint(db, memberId);
    const next = await attempt(user.email, password, noProxy(999));
    expect(next).toMatchObject({ locked: expect.stringMatching(/^SignInLinkOffered-\d+$/) as string });
    expect(lockMessage(next.locked)).toMatch(
      /^Too many failed sign-in attempts have been made, so this browser cannot sign in with a password for now\. If the email address and password you entered are right, we have emailed you a one-time sign-in link: open it within 15 minutes\. Otherwise, try again in \d+ minutes?\.$/,
    );

    // Behind a trusted proxy, the proxy's entry is the address: a different client is not affected by the spray.
    expect((await attempt(user.email, password, viaProxy("192.0.2.77"))).user?.id).toBe(user.id);
  }, 180_000);
});

/** With no trusted proxy (the default), every client shares one address: the issue-13 setting. */
function sharedAddress(cookie?: string): From {
  return {
    request: { headers: { "user-agent": "integration-test", ...(cookie ? { cookie } : {}) } },
    options: { trustedProxyHops: 0 },
  };
}

/** The cookie header of a browser that signed in to `email` before. */
async function trustedBrowserOf(email: string, password: string): Promise<string> {
  const signedIn = await signInWithPassword({ email, password }, viaProxy().request, viaProxy().options);
  if (!signedIn) throw new Error("the first sign-in failed");
  return `other=1; ${signedIn.trustedDevice.name}=${signedIn.trustedDevice.value}`;
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

describe("no stranger can lock the owner out (trusted devices)", () => {
  it("51 failed sign-ins with made-up addresses lock untrusted clients, not the owner's own browser", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const ownBrowser = await trustedBrowserOf(user.email, password);
    await sprayMadeUpAddresses(IP_FAILURE_LIMIT + 5);

    // A browser that never signed in here stays behind the site-wide brake, even with the right password (it is
    // offered an emailed link: sign-in-links.int.test.ts)...
    expect(await attempt(user.email, password, sharedAddress())).toMatchObject({
      locked: expect.stringMatching(/^SignInLinkOffered-\d+$/) as string,
    });
    // ...the owner's browser signs in with the right password, and a wrong one there is an ordinary failure.
    expect(await attempt(user.email, "a typo", sharedAddress(ownBrowser))).toEqual({ user: null });
    expect((await attempt(user.email, password, sharedAddress(ownBrowser))).user?.id).toBe(user.id);
  }, 180_000);

  it("an account locked by strangers' guesses stays locked for them, even with the right password, not for the owner's browser", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const ownBrowser = await trustedBrowserOf(user.email, password);
    const stranger = viaProxy();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await attempt(user.email, `guess-${i}`, stranger);
    expect(await attempt(user.email, password, stranger)).toEqual({ locked: "SignInLinkOffered-15" });
    expect(await attempt(user.email, password, viaProxy())).toEqual({ locked: "SignInLinkOffered-15" });

    const owner = viaProxy();
    owner.request.headers.cookie = ownBrowser;
    expect((await attempt(user.email, password, owner)).user?.id).toBe(user.id);
  });

  it("a trusted browser has its own limit: 10 failures lock it too", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const ownBrowser = await trustedBrowserOf(user.email, password);
    const browser = viaProxy();
    browser.request.headers.cookie = ownBrowser;
    const results = [];
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) results.push(await attempt(user.email, `guess-${i}`, browser));
    expect(results.at(-1)).toEqual({ locked: "AccountLocked-15" });
    expect(await attempt(user.email, password, browser)).toEqual({ locked: "AccountLocked-15" });
  });

  it("trusts no forged, expired or other account's cookie", async () => {
    const { user, password } = await createFocalPoint(db, memberId);
    const other = await createFocalPoint(db, memberId);
    const stranger = viaProxy();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await attempt(user.email, `guess-${i}`, stranger);
    const name = trustedDeviceCookieName(false);
    const real = issueTrustedDevice(user.email).value;
    const [email, device, issued] = real.split(".");
    const cookies = [
      `${name}=${email}.${device}.${issued}.${"A".repeat(43)}`,
      `${name}=${issueTrustedDevice(user.email, new Date(Date.now() - 91 * 24 * 60 * 60 * 1000)).value}`,
      await trustedBrowserOf(other.user.email, other.password),
    ];
    for (const cookie of cookies) {
      const browser = viaProxy();
      browser.request.headers.cookie = cookie;
      expect(await attempt(user.email, password, browser)).toEqual({ locked: "SignInLinkOffered-15" });
    }
  });
});
