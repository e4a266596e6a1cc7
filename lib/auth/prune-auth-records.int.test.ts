// `npm run prune`: what stopped mattering more than 90 days ago goes; everything newer, and the audit log, stays.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFocalPoint, createMember } from "@/prisma/seed/factories";
import { pruneAuthRecords } from "./prune-auth-records";

const DAY = 24 * 60 * 60 * 1000;

describe("pruneAuthRecords", () => {
  it("deletes sign-in attempts, sessions and links older than 90 days, keeps the rest, and audits the run", async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const member = await createMember(db);
    const { user } = await createFocalPoint(db, member.id);
    const email = user.email;
    await db.signInAttempt.createMany({
      data: [
        { email, ip: "203.0.113.9", succeeded: false, createdAt: ago(91) },
        { email, ip: "203.0.113.9", succeeded: true, createdAt: ago(89) },
      ],
    });
    const oldSession = await db.userSession.create({
      data: { userId: user.id, createdAt: ago(92), expiresAt: ago(91.5) },
    });
    const recentSession = await db.userSession.create({
      data: { userId: user.id, createdAt: ago(10), expiresAt: ago(9.5) },
    });
    const token = (suffix: string, data: { createdAt: Date; expiresAt: Date; usedAt?: Date }) =>
      db.authToken.create({
        data: {
          userId: user.id,
          purpose: "PASSWORD_RESET",
          tokenHash: `prune-${suffix}-${crypto.randomUUID()}`,
          ...data,
        },
      });
    const usedLongAgo = await token("used", { createdAt: ago(96), expiresAt: ago(89), usedAt: ago(95) });
    const expiredLongAgo = await token("expired", { createdAt: ago(107), expiresAt: ago(100) });
    const expiredLately = await token("lately", { createdAt: ago(37), expiresAt: ago(30) });

    const dry = await pruneAuthRecords({ now, dryRun: true });
    expect(dry).toMatchObject({
      signInAttempts: expect.any(Number),
      sessions: expect.any(Number),
      emailLinks: expect.any(Number),
    });
    expect(dry.signInAttempts).toBeGreaterThanOrEqual(1);
    expect(await db.signInAttempt.count({ where: { email } })).toBe(2);

    const auditBefore = await db.auditLog.count();
    const counts = await pruneAuthRecords({ now });
    expect(counts).toEqual(dry);
    expect(
      (await db.signInAttempt.findMany({ where: { email }, select: { succeeded: true } })).map((a) => a.succeeded),
    ).toEqual([true]);
    expect(await db.userSession.findUnique({ where: { id: oldSession.id } })).toBeNull();
    expect(await db.userSession.findUnique({ where: { id: recentSession.id } })).not.toBeNull();
    expect(await db.authToken.count({ where: { id: { in: [usedLongAgo.id, expiredLongAgo.id] } } })).toBe(0);
    expect(await db.authToken.findUnique({ where: { id: expiredLately.id } })).not.toBeNull();

    expect(await db.auditLog.count()).toBe(auditBefore + 1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "maintenance.prune_auth_records" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "maintenance", after: { ...counts } });

    // Nothing left to do: a second run removes nothing.
    expect(await pruneAuthRecords({ now, dryRun: true })).toEqual({ signInAttempts: 0, sessions: 0, emailLinks: 0 });
  });
});
