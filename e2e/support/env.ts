// What `npm test` (lib/scripts/test.ts) hands the end-to-end tests on top of the app's own settings, which they read
// through lib/env.ts like the app does (DATABASE_URL, AUTH_SECRET, APP_URL).
import { z } from "zod";

const schema = z.object({
  /** Where the in-process SMTP server writes each email it receives (lib/testing/smtp-sink.ts). */
  MAILBOX_DIR: z.string().min(1),
});

/** Read on first use, with a hint when the tests were started some other way. */
export function e2eEnv(): z.infer<typeof schema> {
  const result = schema.safeParse(process.env);
  if (!result.success) throw new Error("MAILBOX_DIR is not set: run the end-to-end tests through `npm test`.");
  return result.data;
}

/** The whole environment the app under test was started with (npm test hands it to Playwright): for a second
 * instance of the app on the same database (e2e/several-instances.spec.ts). */
export function appProcessEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}
