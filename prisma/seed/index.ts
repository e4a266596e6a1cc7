// Entry points for seeding. Each seed runs in one transaction with one audit row, under an advisory lock so that two
// app instances starting against the same empty database cannot seed it twice.
import { writeAudit, type Actor } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db";
import { BERLIN_MEETING, seedBerlin2018, type BerlinSeedSummary } from "./berlin-2018";
import { DEMO_SECRETARIAT_EMAIL, seedDemo, type DemoSeedSummary } from "./demo";

export const SEED_ACTOR: Actor = { id: null, label: "system:seed" };

/** Arbitrary constant naming the seed lock among the application's advisory locks. */
const SEED_LOCK_KEY = 0x5eed_2018;

type Seed<Summary> = {
  name: string;
  isPresent: (tx: Tx) => Promise<boolean>;
  run: (tx: Tx) => Promise<Summary>;
  timeoutMs?: number;
};

/** Runs a seed unless its data is already there; returns its summary, or null when it had nothing to do. */
export async function runSeed<Summary extends object>(db: Db, seed: Seed<Summary>): Promise<Summary | null> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      if (await seed.isPresent(tx)) return null;
      const summary = await seed.run(tx);
      await writeAudit(tx, SEED_ACTOR, { action: "seed", entityType: "database", entityId: seed.name, after: summary });
      return summary;
    },
    { timeout: seed.timeoutMs ?? 120_000, maxWait: 30_000 },
  );
}

export type SeedReport = { berlin2018: BerlinSeedSummary | null; demo: DemoSeedSummary | null };

/** Seeds the Berlin 2018 record and (unless turned off) the demonstration data, each unless already present. */
export async function seedAll(db: Db, options: { demo?: boolean } = {}): Promise<SeedReport> {
  const berlin2018 = await runSeed(db, {
    name: "berlin-2018",
    isPresent: async (tx) => (await tx.meeting.count({ where: { slug: BERLIN_MEETING.slug } })) > 0,
    run: seedBerlin2018,
  });
  if (options.demo === false) return { berlin2018, demo: null };
  const demo = await runSeed(db, {
    name: "demo",
    isPresent: async (tx) => (await tx.user.count({ where: { email: DEMO_SECRETARIAT_EMAIL } })) > 0,
    run: (tx) => seedDemo(tx),
  });
  return { berlin2018, demo };
}

/** Seeds a database that has no members yet (a fresh install); returns whether it seeded anything. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if (await hasMembers(db)) return false;
  const report = await seedAll(db);
  return report.berlin2018 !== null || report.demo !== null;
}

export async function hasMembers(db: Db): Promise<boolean> {
  return (await db.member.count({ take: 1 })) > 0;
}
