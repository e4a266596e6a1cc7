// Freshness, for `npm run bench` (lib/scripts/bench-publish.ts runs this with the served app's environment): the
// secretariat publishes an update in a real browser, and from the moment "Update published" shows, an anonymous
// visitor asks for the dashboard (/) until it counts that update. Five rounds, each on a dashboard answered from the
// full-page cache just before. Prints one JSON line: for each round, the time until the dashboard showed it and
// whether the very first request already did.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "@/lib/chromium-args";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isolate } from "@/lib/i18n/isolate";
import { sessionCookieFor } from "@/lib/testing/session-token";
import {
  createCommitment,
  createFocalPoint,
  createMeeting,
  createMember,
  createSecretariat,
} from "@/prisma/seed/factories";

const ROUNDS = 5;
const GIVE_UP_MS = 30_000;
const HEADLINE = /Updates published in the last 12 months\s*([\d,]+)/;

export type PublishRound = { visibleAfterMs: number; firstRequestFresh: boolean };

/** The dashboard's count of published updates, as an anonymous visitor is shown it. */
async function publishedOnDashboard(): Promise<number> {
  const html = await (await fetch(new URL("/", env.APP_URL))).text();
  const match = HEADLINE.exec(html.replace(/<[^>]+>/g, " "));
  if (!match) throw new Error("The dashboard no longer shows “Updates published in the last 12 months”.");
  return Number(match[1]!.replaceAll(",", ""));
}

async function main() {
  const meeting = await createMeeting(db);
  const member = await createMember(db);
  const commitment = await createCommitment(db, member.id, { meetingId: meeting.id });
  const { user: focalPoint } = await createFocalPoint(db, member.id);
  const { user: secretariat } = await createSecretariat(db);

  const browser = await chromium.launch({ executablePath: env.CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const rounds: PublishRound[] = [];
  try {
    const context = await browser.newContext({ baseURL: env.APP_URL });
    await context.addCookies([await sessionCookieFor(secretariat)]);
    const page = await context.newPage();
    for (let round = 1; round <= ROUNDS; round++) {
      await db.progressUpdate.create({
        data: {
          commitmentId: commitment.id,
          authorId: focalPoint.id,
          status: "IN_PROGRESS",
          percentComplete: round * 10,
          narrative: `Bench freshness round ${round}.`,
          reviewState: "SUBMITTED",
          submittedAt: new Date(),
        },
      });
      await page.goto(`/secretariat/review?member=${member.id}`);
      // The dashboard as the public has it just before: from the cache.
      await publishedOnDashboard();
      const expected = (await publishedOnDashboard()) + 1;
      await page.getByRole("button", { name: `Publish update on “${isolate(commitment.title)}”` }).click();
      await page.getByRole("status").filter({ hasText: "Update published" }).waitFor();
      const started = performance.now();
      let shown = await publishedOnDashboard();
      const firstRequestFresh = shown === expected;
      while (shown < expected && performance.now() - started < GIVE_UP_MS) shown = await publishedOnDashboard();
      rounds.push({ visibleAfterMs: Math.round(performance.now() - started), firstRequestFresh });
    }
  } finally {
    await browser.close();
    await db.$disconnect();
  }
  console.log(JSON.stringify(rounds));
}

await main();
