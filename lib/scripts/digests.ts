// `npm run digests [-- --dry-run] [-- --now ISO-INSTANT]`: emails every confirmed follower what has been published about what they follow
// (lib/follows/send-due-digests.ts): at once for "immediate" followers, once a week for "weekly" ones. Safe to run
// from cron as often as you like, even two at once: nothing is ever sent twice. Prints what it did; exits 1 when an
// email could not be sent (that window is not retried: the next digest carries what follows), 2 on a usage error.
//   --dry-run           say how many followers would get an email, send nothing
//   --now ISO-INSTANT   act as if it were that instant (UTC), e.g. to test the weekly schedule
// SMTP_URL, MAIL_FROM, APP_URL and AUTH_SECRET come from the environment, read through lib/env; the database is
// DATABASE_URL or the embedded one (lib/scripts/command-database.ts).
import { register } from "node:module";
import { withCommandDatabase } from "./command-database";

// The modules below are marked "server-only" so that no client bundle can import them. This is a server process, not
// a bundle: resolve that marker to an empty module, as the react-server build does.
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : n(s, c); }',
    ),
);

const USAGE = "Usage: npm run digests -- [--dry-run] [--now 2026-12-05T07:00:00Z]";

class UsageError extends Error {}

type Options = { dryRun: boolean; now: Date };

function parseOptions(args: string[]): Options {
  const options: Options = { dryRun: false, now: new Date() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--now") {
      const value = args[++i] ?? "";
      const now = new Date(value);
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(value) || Number.isNaN(now.getTime())) {
        throw new UsageError("--now needs an instant written like 2026-12-05T07:00:00Z.");
      }
      options.now = now;
    } else throw new UsageError(`Unknown option "${arg}".`);
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  return withCommandDatabase("npm run digests", () => sendDigests(options));
}

async function sendDigests({ dryRun, now }: Options): Promise<number> {
  // Imported only now, once the database is known; a configuration error is reported as a message.
  const { db } = await import("@/lib/db");
  const { sendDueDigests } = await import("@/lib/follows/send-due-digests");
  try {
    const outcomes = await sendDueDigests({ dryRun, now });
    // Followers are named by the id of their follow, never by their address.
    for (const outcome of outcomes) {
      log(
        `  ${outcome.status.padEnd(10)} follow ${outcome.followId}: ${outcome.events} event(s)${outcome.error ? `: ${outcome.error}` : ""}`,
      );
    }
    const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
    log(
      dryRun
        ? `Would send ${count("WOULD_SEND")} digest(s).`
        : `Sent ${count("SENT")} digest(s); ${count("DUPLICATE")} already sent by another run; ${count("FAILED")} failed.`,
    );
    return count("FAILED") > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

function log(message: string) {
  process.stdout.write(`${message}\n`);
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
