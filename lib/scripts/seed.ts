// `npx tsx lib/scripts/seed.ts [--reset] [--scale N] [--without-demo]`
//   (no options)  seeds the Berlin 2018 record and the demonstration data if the database has no members yet, and
//                 replaces an older version of that seed that nobody has changed (prisma/seed/index.ts).
//   --reset       empties every application table first (keeps the migration history), then seeds.
//   --without-demo  the Berlin 2018 record only: no demonstration accounts, cycles or updates.
//   --scale N     adds N × (5 fictional members, 250 commitments, ~1,000 updates), seeding the base data if missing.
// The database: DATABASE_URL, or the embedded one (lib/scripts/command-database.ts).
import type { Db } from "@/lib/db";
import { emptyApplicationTables, hasMembers, replaceOutdatedSeed, seedAll, type SeedReport } from "@/prisma/seed/index";
import { seedScale, type ScaleProgress } from "@/prisma/seed/scale";
import { withCommandDatabase } from "./command-database";

type Options = { reset: boolean; scale: number | null; demo: boolean };

const USAGE = "Usage: npx tsx lib/scripts/seed.ts [--reset] [--scale N] [--without-demo]";

function parseOptions(args: string[]): Options {
  const options: Options = { reset: false, scale: null, demo: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--reset") options.reset = true;
    else if (arg === "--without-demo") options.demo = false;
    else if (arg === "--scale") {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1) throw new UsageError("--scale needs a whole number of at least 1.");
      options.scale = value;
    } else throw new UsageError(`Unknown option "${arg}".`);
  }
  return options;
}

class UsageError extends Error {}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  await withCommandDatabase("npm run db:seed", async () => {
    // Imported only now, once the database is known; a configuration error is reported as a message.
    const { db } = await import("@/lib/db");
    try {
      await seed(db, options);
    } finally {
      await db.$disconnect();
    }
  });
}

async function seed(db: Db, options: Options) {
  if (options.reset) {
    await emptyApplicationTables(db);
    log("Emptied every application table.");
  }
  if (options.scale !== null) {
    const started = Date.now();
    const summary = await seedScale(db, options.scale, printProgress);
    process.stderr.write("\n");
    log(
      `Scale ${options.scale}: ${summary.members} fictional members, ${summary.commitments} commitments, ` +
        `${summary.progressUpdates} progress updates in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return;
  }
  if (options.reset || !(await hasMembers(db))) return printReport(await seedAll(db, { demo: options.demo }));
  const replaced = await replaceOutdatedSeed(db, { demo: options.demo });
  if (!replaced) return log("The database already has members; nothing seeded.");
  log("Replaced the unmodified Berlin 2018 seed of an earlier version with the current one.");
  printReport(replaced);
}

function printReport({ berlin2018, demo }: SeedReport) {
  if (berlin2018) {
    log(
      `Berlin 2018: ${berlin2018.themes} themes, ${berlin2018.members} members, ${berlin2018.meetings} meetings, ` +
        `${berlin2018.commitments} commitments.`,
    );
  }
  if (demo) {
    log(
      `Demonstration data: ${demo.reportingCycles} reporting cycles, ${demo.users} accounts, ` +
        `${demo.progressUpdates} published updates on ${demo.commitmentsWithUpdates} commitments.`,
    );
  }
  if (!berlin2018 && !demo) log("Nothing to seed.");
}

function printProgress({ commitments, progressUpdates }: ScaleProgress) {
  process.stderr.write(`\r  commitments ${commitments.done}/${commitments.total}, progress updates ${progressUpdates}`);
}

function log(message: string) {
  process.stdout.write(`${message}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
