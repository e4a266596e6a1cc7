// Following by email, against the real database and a real SMTP server (lib/testing/mailbox.ts): the double opt-in,
// a digest after the secretariat publishes, never twice, the rate limits, and one-click unsubscribe (RFC 8058).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { mailbox } from "@/lib/testing/mailbox";
import type { ReceivedMail } from "@/lib/testing/smtp-sink";
import { confirmFollow } from "@/lib/mutations/confirm-follow";
import { publishUpdate } from "@/lib/mutations/publish-update";
import { requestFollow } from "@/lib/mutations/request-follow";
import { createCommitment, createMember, createSecretariat } from "@/prisma/seed/factories";
import { FOLLOW_ADDRESS_LIMIT_PER_DAY, FOLLOW_CLIENT_LIMIT_PER_HOUR } from "./follow-limits";
import { sendDueDigests } from "./send-due-digests";
import * as unsubscribeRoute from "@/app/api/unsubscribe/[token]/route";

const randomByte = () => Math.floor(Math.random() * 256);
const clientAddress = () => `100.${64 + Math.floor(Math.random() * 64)}.${randomByte()}.${randomByte()}`;
const address = () => `reader-${crypto.randomUUID().slice(0, 8)}@test.example.org`;
const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;

let secretariat: SessionUser;
let elSalvador: { id: string; slug: string };
let commitment: { id: string; slug: string; title: string };

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  elSalvador = await createMember(db, {
    name: "El Salvador",
    isoCode: "SLV",
    regionalGroup: "LATIN_AMERICAN_CARIBBEAN",
  });
  commitment = await createCommitment(db, elSalvador.id);
});

const mailsTo = (email: string) => mailbox().messages.filter((mail) => mail.to.includes(email));

/** The path of the first link to this site in an email (http://host/fr/follow/… → /fr/follow/…). */
function linkPath(mail: ReceivedMail, pattern: RegExp): string {
  const url = mail.text.split(/\s+/).find((word) => /^https?:\/\//.test(word) && pattern.test(word));
  if (!url) throw new Error(`No link matching ${pattern} in: ${mail.text}`);
  return new URL(url).pathname;
}

/** Asks to follow El Salvador and confirms from the email, as its owner would. */
async function confirmedFollower(frequency: "IMMEDIATE" | "WEEKLY", locale = "en", now = new Date()) {
  const email = address();
  const asked = await requestFollow(
    { email, target: "member", slug: elSalvador.slug, frequency, locale },
    { ip: clientAddress(), now },
  );
  expect(asked).toEqual({ ok: true, email });
  const mail = await mailbox().waitFor((m) => m.to.includes(email));
  const token = linkPath(mail, /\/follow\//)
    .split("/")
    .pop()!;
  expect(await confirmFollow(token, now)).toMatchObject({ ok: true });
  return { email, mail };
}

let published = 0;

/** The secretariat publishes a focal point's update; each one changes the status (two events: update and status). */
async function publishedUpdate(narrative: string) {
  const update = await db.progressUpdate.create({
    data: {
      commitmentId: commitment.id,
      status: published++ % 2 === 0 ? "SUBSTANTIALLY_COMPLETE" : "IN_PROGRESS",
      percentComplete: 80,
      narrative,
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  expect(await publishUpdate(secretariat, { updateId: update.id, version: "1" })).toMatchObject({ ok: true });
  return update;
}

/** A digest run now: what was just published counts at once (the runs of cron leave it a few seconds to settle). */
const runDigests = (now = new Date()) => sendDueDigests({ now, settleMs: 0 });

describe("following by email", () => {
  it("asks the address to confirm first, in the page's language, and sends nothing more until it does", async () => {
    const email = address();
    const result = await requestFollow(
      { email, target: "member", slug: elSalvador.slug, frequency: "IMMEDIATE", locale: "fr" },
      { ip: clientAddress() },
    );
    expect(result).toEqual({ ok: true, email });
    const mail = await mailbox().waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe("Confirmez votre abonnement : El Salvador");
    expect(linkPath(mail, /\/follow\//)).toMatch(/^\/fr\/follow\/[A-Za-z0-9_-]{43}$/);

    await publishedUpdate("Published before the follow is confirmed.");
    await runDigests();
    expect(mailsTo(email)).toHaveLength(1);
  });

  it("a member of the public follows El Salvador by email and gets one digest when its update is published", async () => {
    const { email } = await confirmedFollower("IMMEDIATE");
    await runDigests();
    expect(mailsTo(email)).toHaveLength(1); // the confirmation only: nothing published since

    await publishedUpdate("The national action plan was budgeted for 2027.");
    await runDigests();
    // Twice more, one of them at the same time as another: never a second copy.
    await Promise.all([runDigests(), runDigests()]);
    await runDigests();

    const digests = mailsTo(email).filter((mail) => mail.subject.startsWith("El Salvador:"));
    expect(digests).toHaveLength(1);
    const [digest] = digests;
    expect(digest!.subject).toBe("El Salvador: 2 new items"); // the update, and the change of status
    expect(digest!.text).toContain("The national action plan was budgeted for 2027.");
    expect(digest!.text).toContain(`Progress update — El Salvador: ${commitment.title}`);
    expect(digest!.text).toContain(`/commitments/${commitment.slug}`);
    expect(digest!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(digest!.headers["list-unsubscribe"]).toMatch(
      /^<https?:\/\/[^>]+\/api\/unsubscribe\/[^>]+>, <mailto:[^>]+>$/,
    );
    expect(linkPath(digest!, /\/unsubscribe\//)).toMatch(/^\/unsubscribe\/[0-9a-f-]{36}-[A-Za-z0-9_-]+$/);

    // The address is in no log: the audit log and email_log name the follow, never the address.
    const [audits, logs] = await Promise.all([
      db.auditLog.findMany({
        where: { entityType: "follow" },
        select: { action: true, actorLabel: true, before: true, after: true },
      }),
      db.emailLog.findMany({ where: { kind: { in: ["FOLLOW_CONFIRMATION", "FOLLOW_DIGEST"] } } }),
    ]);
    expect(audits.map((row) => row.action)).toEqual(expect.arrayContaining(["follow.requested", "follow.confirmed"]));
    expect(JSON.stringify(audits)).not.toContain(email);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.every((log) => log.toAddress.startsWith("follow:"))).toBe(true);
  });

  it("writes the digest in the follower's language", async () => {
    const { email } = await confirmedFollower("IMMEDIATE", "es");
    await publishedUpdate("Informe publicado.");
    await runDigests();
    const digest = mailsTo(email).find((mail) => mail.subject.startsWith("El Salvador:"));
    expect(digest?.subject).toBe("El Salvador: 2 novedades");
    expect(digest?.text).toContain(`Informe de avance — El Salvador: ${commitment.title}`);
    expect(digest?.text).toContain(`/es/commitments/${commitment.slug}`);
  });

  it("sends a weekly follower one digest a week", async () => {
    const start = new Date();
    const { email } = await confirmedFollower("WEEKLY", "en", start);
    await publishedUpdate("Published in the first week.");
    await runDigests(new Date(start.getTime() + 3 * DAY));
    expect(mailsTo(email)).toHaveLength(1);
    await runDigests(new Date(start.getTime() + 7 * DAY + SECOND));
    await runDigests(new Date(start.getTime() + 8 * DAY));
    expect(mailsTo(email).filter((mail) => mail.subject.startsWith("El Salvador:"))).toHaveLength(1);
  });

  it("answers the same whether or not the address already follows, and sends it nothing new", async () => {
    const { email } = await confirmedFollower("IMMEDIATE");
    const again = await requestFollow(
      { email, target: "member", slug: elSalvador.slug, frequency: "WEEKLY", locale: "en" },
      { ip: clientAddress() },
    );
    expect(again).toEqual({ ok: true, email });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(email)).toHaveLength(1);
  });

  it("limits confirmation emails per address and requests per client, with a clear answer", async () => {
    const email = address();
    const ask = (ip: string, to = email) =>
      requestFollow(
        { email: to, target: "member", slug: elSalvador.slug, frequency: "IMMEDIATE", locale: "en" },
        { ip },
      );
    for (let i = 0; i < FOLLOW_ADDRESS_LIMIT_PER_DAY; i++) expect((await ask(clientAddress())).ok).toBe(true);
    expect(await ask(clientAddress())).toEqual({ ok: false, error: "limited", limit: "address" });

    const ip = clientAddress();
    for (let i = 0; i < FOLLOW_CLIENT_LIMIT_PER_HOUR; i++) expect((await ask(ip, address())).ok).toBe(true);
    expect(await ask(ip, address())).toEqual({ ok: false, error: "limited", limit: "client" });
  });

  it("refuses what cannot be followed and addresses that are not addresses", async () => {
    const ip = clientAddress();
    expect(
      await requestFollow(
        { email: address(), target: "member", slug: "no-such-member", frequency: "WEEKLY", locale: "en" },
        { ip },
      ),
    ).toEqual({ ok: false, error: "not_found" });
    expect(
      await requestFollow(
        { email: "not an address", target: "member", slug: elSalvador.slug, frequency: "X", locale: "en" },
        { ip },
      ),
    ).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { email: ["invalid_email"], frequency: ["invalid_frequency"] },
    });
  });

  it("unsubscribes with the mail client's one-click POST (RFC 8058), not with a GET, and erases the address", async () => {
    const { email } = await confirmedFollower("IMMEDIATE");
    await publishedUpdate("Something to send.");
    await runDigests();
    const digest = mailsTo(email).find((mail) => mail.subject.startsWith("El Salvador:"))!;
    const url = /^<([^>]+)>/.exec(digest.headers["list-unsubscribe"]!)![1]!;
    const token = decodeURIComponent(url.split("/").pop()!);
    const context = { params: Promise.resolve({ token }) };
    const follow = () => db.follow.findFirstOrThrow({ where: { id: token.slice(0, 36) } });

    const opened = await unsubscribeRoute.GET(new Request(url), context);
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toMatch(/\/unsubscribe\//);
    expect((await follow()).state).toBe("CONFIRMED");

    const oneClick = await unsubscribeRoute.POST(
      new Request(url, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      { params: Promise.resolve({ token }) },
    );
    expect(oneClick.status).toBe(200);
    expect(await follow()).toMatchObject({ state: "UNSUBSCRIBED", email: null });

    await publishedUpdate("Not sent to anyone who left.");
    await runDigests();
    expect(mailsTo(email).filter((mail) => mail.subject.startsWith("El Salvador:"))).toHaveLength(1);

    const forged = await unsubscribeRoute.POST(new Request(url, { method: "POST" }), {
      params: Promise.resolve({ token: `${token.slice(0, 36)}-forged` }),
    });
    expect(forged.status).toBe(404);
  });
});
