// The demonstration seed, run on different days against the real database (each run rolled back): whatever day a
// fresh install seeds, its dashboard reports a share of commitments reported in the current cycle above zero, with
// updates that are marked as demonstration data and never dated after the day of the seed.
import { describe, expect, it } from "vitest";
import { db, type Db, type Tx } from "@/lib/db";
import { computeFreshness, pickCurrentCycle } from "@/lib/domain/freshness";
import { BERLIN_COMMITMENTS, seedBerlin2018 } from "@/prisma/seed/berlin-2018";
import { DEMO_NARRATIVE_PREFIX, reportingCycles, seedDemo } from "@/prisma/seed/demo";
import { replaceOutdatedSeed, seedAll } from "@/prisma/seed/index";
import { withOwnDatabase } from "@/lib/testing/own-database";

class Rollback extends Error {}

/** Seeds the Berlin record and the demonstration data as of `today`, runs `check`, and leaves nothing behind. */
async function seededOn(today: Date, check: (tx: Tx) => Promise<void>) {
  await expect(
    db.$transaction(
      async (tx) => {
        await seedBerlin2018(tx);
        await seedDemo(tx, today);
        await check(tx);
        throw new Rollback();
      },
      { timeout: 60_000 },
    ),
  ).rejects.toBeInstanceOf(Rollback);
}

describe("the demonstration seed", () => {
  it.each([
    ["in the first hour of a cycle", "2031-04-01T00:30:00Z"],
    ["in the middle of a cycle", "2031-10-15T12:00:00Z"],
    ["on the last day of a cycle", "2032-03-31T23:00:00Z"],
  ])("reports some commitments in the current cycle when it runs %s", async (_label, iso) => {
    const today = new Date(iso);
    await seededOn(today, async (tx) => {
      const slugs = BERLIN_COMMITMENTS.map((commitment) => commitment.slug);
      const seededCycles = reportingCycles(today).map((cycle) => cycle.slug);
      const cycles = pickCurrentCycle(
        await tx.reportingCycle.findMany({ where: { slug: { in: seededCycles } } }),
        today,
      );
      expect(cycles?.current.state).toBe("OPEN");
      const commitments = await tx.commitment.findMany({
        where: { slug: { in: slugs } },
        select: { lastPublishedAt: true, meeting: { select: { startDate: true } } },
      });
      const reported = commitments.filter(
        (c) =>
          computeFreshness({ today, pledgedOn: c.meeting.startDate, lastPublishedAt: c.lastPublishedAt, cycles }) ===
          "REPORTED",
      );
      expect(reported.length).toBeGreaterThan(0);

      const inCycle = await tx.progressUpdate.findMany({ where: { cycleId: cycles!.current.id } });
      expect(inCycle).toHaveLength(reported.length);
      const onOtherKinds = await tx.progressUpdate.count({ where: { commitment: { kind: { not: "PLEDGE" } } } });
      expect(onOtherKinds).toBe(0);
      // The communiqué records no member taking up a recommendation: an adoption would be invented, so only a
      // commitment flagged as demonstration data may show one.
      const adoptions = await tx.commitment.count({
        where: {
          adoptedFromId: { not: null },
          isDemo: false,
          OR: [{ slug: { in: slugs } }, { adoptedFrom: { slug: { in: slugs } } }],
        },
      });
      expect(adoptions).toBe(0);
      for (const update of inCycle) {
        expect(update).toMatchObject({ isDemo: true, reviewState: "PUBLISHED" });
        expect(update.narrative.startsWith(DEMO_NARRATIVE_PREFIX)).toBe(true);
        expect(update.publishedAt!.getTime()).toBeGreaterThanOrEqual(cycles!.current.startsOn.getTime());
        expect(update.createdAt.getTime()).toBeLessThanOrEqual(update.submittedAt!.getTime());
        expect(update.submittedAt!.getTime()).toBeLessThanOrEqual(update.publishedAt!.getTime());
      }
      const latest = await tx.progressUpdate.aggregate({
        where: { commitment: { slug: { in: slugs } } },
        _max: { publishedAt: true },
      });
      expect(latest._max.publishedAt!.getTime()).toBeLessThanOrEqual(today.getTime());
    });
  });
});

describe("starting on a database seeded by an earlier version", () => {
  /** Seeds the current record, then makes it look like an earlier version's: no version on the seed, an old title. */
  async function seedEarlierVersion(prisma: Db) {
    await seedAll(prisma);
    await prisma.$executeRaw`
      UPDATE audit_log SET after = after - 'version' WHERE action = 'seed' AND entity_id = 'berlin-2018'`;
    await prisma.$executeRaw`UPDATE commitments SET title = 'An old title' WHERE slug = 'colombia-gender-champions'`;
  }
  const oldTitles = (prisma: Db) => prisma.commitment.count({ where: { title: "An old title" } });

  it("replaces an unmodified earlier seed with the current record, demonstration data included", async () => {
    await withOwnDatabase(async ({ prisma }) => {
      const client = prisma();
      await seedEarlierVersion(client);
      await client.auditLog.create({
        data: { actorLabel: "user:x@example.org", action: "auth.sign_in", entityType: "user" },
      });

      const report = await replaceOutdatedSeed(client);
      expect(report?.berlin2018).toMatchObject({ commitments: BERLIN_COMMITMENTS.length });
      expect(report?.demo).not.toBeNull();
      expect(await oldTitles(client)).toBe(0);
      expect(await client.commitment.count({ where: { kind: "RECOMMENDATION" } })).toBeGreaterThan(0);
      // Now current: a second start leaves it alone.
      expect(await replaceOutdatedSeed(client)).toBeNull();
    });
  });

  it("never touches a database someone has changed", async () => {
    await withOwnDatabase(async ({ prisma }) => {
      const client = prisma();
      await seedEarlierVersion(client);
      await client.auditLog.create({
        data: { actorLabel: "user:secretariat@example.org", action: "commitment.edit", entityType: "commitment" },
      });
      expect(await replaceOutdatedSeed(client)).toBeNull();
      expect(await oldTitles(client)).toBe(1);
    });
  });
});
