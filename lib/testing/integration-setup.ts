// Integration tests run against the real PostgreSQL database prepared by `npm test` (lib/scripts/test.ts).
import { afterAll, beforeAll, vi } from "vitest";
import { setMailbox } from "./mailbox";
import { startSmtpSink } from "./smtp-sink";

if (!process.env.DATABASE_URL) {
  throw new Error("Integration tests need DATABASE_URL: run them through `npm test`, which prepares a fresh database.");
}
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";

// Mail goes over real SMTP to an in-process server; it must be configured before lib/env is first read.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
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
