// Integration tests run against the real PostgreSQL database prepared by `npm test` (lib/scripts/test.ts), which
// also gives them AUTH_SECRET and the SMTP_URL this file's in-process mail server listens on.
import { afterAll, beforeAll, vi } from "vitest";
import { env } from "@/lib/env";
import { setMailbox } from "./mailbox";
import { startSmtpSink } from "./smtp-sink";

let smtpUrl: string | undefined;
try {
  smtpUrl = env.SMTP_URL;
} catch (error) {
  throw new Error(
    `Integration tests run through \`npm test\` (or \`npm test -- --vitest\`), which prepares a fresh database.\n${String(error)}`,
  );
}
if (!smtpUrl) throw new Error("Integration tests need SMTP_URL: run them through `npm test`, which chooses the port.");

// Mail goes over real SMTP to an in-process server on the port the runner chose.
const sink = await startSmtpSink({ port: Number(new URL(smtpUrl).port) });
setMailbox(sink);

// Server actions call revalidatePath/revalidateTag and read request headers; outside a Next request those are no-ops.
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  unstable_cache: <T>(fn: T) => fn,
}));

beforeAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$queryRaw`SELECT 1`;
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await sink.close();
  setMailbox(undefined);
});
