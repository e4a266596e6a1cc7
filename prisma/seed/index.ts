// Entry points for seeding. Each seed runs in one transaction with one audit row, under an advisory lock so that two
// app instances starting against the same empty database cannot seed it twice.
import { writeAudit, type Actor } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db";
import { BERLIN_MEETING, BERLIN_SEED_VERSION, seedBerlin2018, type BerlinSeedSummary } from "./berlin-2018";
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

/** What a database may have seen and still hold only the seed: people signing in and out, refusals, pruning. */
const UNMODIFYING_ACTIONS = [
  "auth.sign_in",
  "auth.sign_out",
  "authorization.refused",
  "maintenance.prune_auth_records",
];

/**
 * True when the database holds an older version of the Berlin seed (its seed audit row carries no or another
 * version) and nobody has changed anything since: every audit row is the seed's own or one of UNMODIFYING_ACTIONS.
 * Every write of the app adds an audit row, so any change (an invitation, a report, an edit) says "modified".
 */
export async function holdsOnlyAnOutdatedSeed(tx: Tx): Promise<boolean> {
  const seeded = await tx.auditLog.findFirst({
    where: { actorLabel: SEED_ACTOR.label, action: "seed", entityId: "berlin-2018" },
    select: { after: true },
  });
  if (!seeded) return false;
  const version = (seeded.after as { version?: unknown } | null)?.version;
  if (version === BERLIN_SEED_VERSION) return false;
  const changes = await tx.auditLog.count({
    where: { actorLabel: { not: SEED_ACTOR.label }, action: { notIn: UNMODIFYING_ACTIONS } },
  });
  return changes === 0;
}

/**
 * Replaces an unmodified older seed with the current one (`npm start` after an upgrade of the demo); returns whether
 * it did. Under the seed lock, so two instances starting at once replace it once.
 */
export async function replaceOutdatedSeed(db: Db, options: { demo?: boolean } = {}): Promise<SeedReport | null> {
  const emptied = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
    if (!(await holdsOnlyAnOutdatedSeed(tx))) return false;
    await emptyApplicationTables(tx);
    return true;
  });
  return emptied ? seedAll(db, options) : null;
}

/** Every table in the schema except Prisma's migration history. */
export async function emptyApplicationTables(db: Db | Tx) {
  await db.$executeRaw`
    DO $$
    DECLARE tables text;
    BEGIN
      SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
        FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations';
      IF tables IS NOT NULL THEN
        EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE';
      END IF;
    END $$`;
}
