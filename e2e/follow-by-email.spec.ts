// Following by email, no account (issue 14): a member of the public follows a member's page, confirms from the
// emailed link, the secretariat publishes the member's update, `npm run digests` runs (twice) and one digest arrives,
// whose unsubscribe link works without signing in. The page links its Atom feed. Every page passes axe. The member,
// its commitment and its focal point are the test's own (e2e/support/fixtures.ts).
import { execFileSync } from "node:child_process";
import { db } from "@/lib/db";
import { childProcessEnv } from "@/lib/env";
import { isolate } from "@/lib/i18n/isolate";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { emailsTo, linkIn, waitForEmail } from "./support/mailbox";
import { signedInPage } from "./support/sign-in";

/** The cron job, as an operator runs it; `--now` a little ahead, so what was just published has settled. */
function runDigests(): string {
  const now = new Date(Date.now() + 10_000).toISOString();
  return execFileSync("npx", ["tsx", "lib/scripts/digests.ts", "--now", now], {
    env: childProcessEnv(),
    encoding: "utf8",
  });
}

test("follow a member by email, confirm, get one digest when its update is published, unsubscribe", async ({
  page,
  browser,
  baseURL,
  own,
  secretariat: secretariatUser,
}) => {
  test.slow();
  const member = await own.member();
  const commitment = member.commitments[0]!;
  const email = `follower-${Date.now()}@test.example.org`;

  await page.goto(`/members/${member.slug}`);
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    `${baseURL}/members/${member.slug}/feed.xml`,
  );
  const follow = page.getByRole("region", { name: "Follow by email" });
  await follow.getByLabel("Your email address").fill(email);
  await follow.getByLabel("An email as soon as something is published").check();
  await follow.getByRole("button", { name: "Follow" }).click();
  await expect(follow.getByRole("status")).toContainText("Check your inbox");
  await expectNoAxeViolations(page);

  const confirmation = await waitForEmail(email, { subject: /^Confirm that you want to follow/ });
  await page.goto(linkIn(confirmation, baseURL!));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm that you want to follow");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("status")).toContainText("You are following");

  // The focal point's update waits for review; the secretariat publishes it from the queue.
  const narrative = `Follow check ${Date.now()}: the national action plan was budgeted.`;
  await db.progressUpdate.create({
    data: {
      commitmentId: commitment.id,
      authorId: member.focalPoint.id,
      status: "IN_PROGRESS",
      percentComplete: 30,
      narrative,
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  const secretariat = await signedInPage(browser, secretariatUser);
  await secretariat.goto("/secretariat/review");
  await secretariat.getByLabel("Member").selectOption({ label: member.name });
  await secretariat.getByRole("button", { name: "Apply filters" }).click();
  await secretariat.getByRole("button", { name: `Publish update on “${isolate(commitment.title)}”` }).click();
  await expect(secretariat.getByRole("status")).toContainText("Update published");

  runDigests();
  expect(runDigests()).toContain("Sent 0 digest(s)");
  const digestSubject = new RegExp(`^${member.name}: `);
  const digest = await waitForEmail(email, { subject: digestSubject });
  expect(digest.text).toContain(narrative);
  expect(emailsTo(email, digestSubject)).toHaveLength(1);

  const unsubscribe = /https?:\/\/\S+\/unsubscribe\/\S+/.exec(digest.text)?.[0];
  expect(unsubscribe).toBeTruthy();
  await page.goto(unsubscribe!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stop following?");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("status")).toContainText("You are unsubscribed");
});
