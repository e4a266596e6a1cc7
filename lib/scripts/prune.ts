// `npm run prune [-- --dry-run]`: deletes sign-in attempts, sessions and emailed links that stopped mattering more
// than 90 days ago (lib/auth/prune-auth-records.ts). Run it daily from cron, next to `npm run reminders`. Prints
// what it removed; exits 2 on a usage error. The database is DATABASE_URL or the embedded one
// (lib/scripts/command-database.ts).
import { register } from "node:module";
import { withCommandDatabase } from "./command-database";

// The modules below are marked "server-only"; this is a server process, not a bundle (see reminders.ts).
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : n(s, c); }',
    ),
);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== "--dry-run")) {
    process.stderr.write(
      `Unknown option "${args.find((arg) => arg !== "--dry-run")}".\nUsage: npm run prune -- [--dry-run]\n`,
    );
    return 2;
  }
  return withCommandDatabase("npm run prune", () => prune(args.includes("--dry-run")));
}

async function prune(dryRun: boolean): Promise<number> {
  const { db } = await import("@/lib/db");
  const { pruneAuthRecords, RETENTION_DAYS } = await import("@/lib/auth/prune-auth-records");
  try {
    const counts = await pruneAuthRecords({ dryRun });
    const verb = dryRun ? "Would delete" : "Deleted";
    process.stdout.write(
      `${verb} ${counts.signInAttempts} sign-in attempts, ${counts.sessions} sessions and ${counts.emailLinks} emailed links ` +
        `that stopped mattering more than ${RETENTION_DAYS} days ago.\n`,
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
