// `npm run reminders [-- --dry-run] [-- --today YYYY-MM-DD]`: sends today's scheduled reporting reminders for the
// open cycle (lib/reporting/send-due-reminders.ts). Safe to run from cron as often as you like: a reminder already
// sent is never sent again. Prints what it did; exits 1 when an email could not be sent (run it again later: only
// the ones not yet sent go out), 2 on a usage error.
//   --dry-run          say who would get a reminder, send nothing
//   --today YYYY-MM-DD  act as if today were that day (UTC), e.g. to test the schedule
// SMTP_URL, MAIL_FROM and APP_URL come from the environment, read through lib/env; the database is DATABASE_URL or the
// embedded one (lib/scripts/command-database.ts).
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

const USAGE = "Usage: npm run reminders -- [--dry-run] [--today YYYY-MM-DD]";

class UsageError extends Error {}

type Options = { dryRun: boolean; today: Date };

function parseOptions(args: string[]): Options {
  const options: Options = { dryRun: false, today: new Date() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--today") {
      const value = args[++i] ?? "";
      const day = new Date(`${value}T00:00:00Z`);
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
        Number.isNaN(day.getTime()) ||
        day.toISOString().slice(0, 10) !== value
      ) {
        throw new UsageError("--today needs a date written YYYY-MM-DD.");
      }
      options.today = day;
    } else throw new UsageError(`Unknown option "${arg}".`);
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  return withCommandDatabase("npm run reminders", () => sendReminders(options));
}

async function sendReminders(options: Options): Promise<number> {
  // Imported only now, once the database is known; a configuration error is reported as a message.
  const { db } = await import("@/lib/db");
  const { sendDueReminders } = await import("@/lib/reporting/send-due-reminders");
  const { isoDay } = await import("@/lib/domain/iso-day");
  try {
    const day = isoDay(options.today);
    const run = await sendDueReminders(options);
    if (!run.cycle) {
      log(`${day}: no reporting cycle is open, so no reminders are due.`);
      return 0;
    }
    const cycle = `${run.cycle.name} (due ${isoDay(run.cycle.dueOn)})`;
    if (!run.kind) {
      log(`${day}: no reminder is scheduled today for the open cycle ${cycle}.`);
      return 0;
    }
    log(`${day}: ${label(run.kind)} reminders for the open cycle ${cycle}${options.dryRun ? " (dry run)" : ""}.`);
    for (const outcome of run.outcomes) {
      log(
        `  ${outcome.status.padEnd(10)} ${outcome.to} (${outcome.memberName})${outcome.error ? `: ${outcome.error}` : ""}`,
      );
    }
    const count = (status: string) => run.outcomes.filter((outcome) => outcome.status === status).length;
    log(
      options.dryRun
        ? `Would send ${count("WOULD_SEND")}; ${count("DUPLICATE")} already sent.`
        : `Sent ${count("SENT")}; ${count("DUPLICATE")} already sent earlier; ${count("FAILED")} failed.`,
    );
    if (run.outcomes.length === 0) log("Every member with focal points has reported on all its commitments.");
    return count("FAILED") > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

function label(kind: string): string {
  return (
    { REMINDER_BEFORE_DUE: "Before-the-due-date", REMINDER_DUE: "Due-date", REMINDER_OVERDUE: "Overdue" }[kind] ?? kind
  );
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
