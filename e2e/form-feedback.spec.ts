// Forms say what happened where the person is (issue 9): after a post, focus is on the error summary or the
// confirmation, with or without JavaScript; the comment box of the review form says that returning an update needs
// a comment; the update form's header says plainly when no percentage was given. Uses the United Kingdom's and
// Germany's commitments, which no other spec reports on.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { BERLIN_COMMITMENTS } from "@/prisma/seed/berlin-2018";

const PASSWORD = "demo-password-2018";
const UNITED_KINGDOM = "focal.united-kingdom@demo.example.org";
const SECRETARIAT = "secretariat@demo.example.org";

const commitment = (slug: string) => BERLIN_COMMITMENTS.find((c) => c.slug === slug)!;
const MANDATES = commitment("united-kingdom-civil-society-in-mandates-and-policies");
const BRIEFERS = commitment("united-kingdom-civil-society-briefers-at-security-council");

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/(workspace|secretariat)/, { timeout: 30_000 });
}

async function signedInPage(browser: Browser, email: string, javaScriptEnabled = true) {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signIn(page, email);
  return page;
}

/** The review queue, filtered to the United Kingdom, and the entry of one commitment in it. */
async function queueItem(page: Page, title: string) {
  await page.goto("/secretariat/review");
  await page.getByLabel("Member").selectOption({ label: "United Kingdom" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  return page.getByRole("article").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
}

test("the update form's header says that no percentage was given, rather than “Not reported”", async ({ page }) => {
  await signIn(page, "focal.germany@demo.example.org");
  // Germany's reports on this commitment never gave a percentage (prisma/seed/demo.ts).
  await page.goto("/workspace/commitments/germany-accountability-under-international-law/update");
  const percent = page
    .locator("dt", { hasText: /^Current percent complete$/ })
    .locator("xpath=following-sibling::dd[1]");
  await expect(percent).toHaveText("No percentage given yet");
});

test("returning an update needs a comment: the box says so, and focus follows every post", async ({ browser }) => {
  test.slow();
  const focal = await signedInPage(browser, UNITED_KINGDOM);
  await focal.goto(`/workspace/commitments/${MANDATES.slug}/update`);
  await focal.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  await focal.getByLabel("What was done").fill(`Focus check ${Date.now()}: the mandates were reviewed.`);
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal).toHaveURL(new RegExp(`/workspace\\?submitted=${MANDATES.slug}$`));
  // The confirmation after the redirect is announced and has the focus.
  await expect(focal.getByRole("status").filter({ hasText: "Update submitted for review" })).toBeFocused();

  const secretariat = await signedInPage(browser, SECRETARIAT);
  const item = await queueItem(secretariat, MANDATES.title);
  const comment = item.getByLabel("Comment for the focal point");
  await expect(comment).toHaveAccessibleName("Comment for the focal point (required to return the update)");
  await expect(comment).toHaveAttribute("required", "");

  await item.getByRole("button", { name: /^Return with comment/ }).click();
  const alert = item.getByRole("alert", { name: "There is 1 problem with what you entered" });
  await expect(alert).toContainText("A returned update needs a comment.");
  await expect(alert).toBeFocused();
  await expect(comment).toHaveAccessibleDescription(/A returned update needs a comment\./);

  await comment.fill("Please say which mandates changed.");
  await item.getByRole("button", { name: /^Return with comment/ }).click();
  await expect(secretariat).toHaveURL(/done=returned/);
  await expect(secretariat.getByRole("status")).toContainText("Update returned");
  await expect(secretariat.getByRole("status")).toBeFocused();
});

test.describe("without JavaScript", () => {
  test("focus is on the error summary after a refused post, and on the confirmation after a redirect", async ({
    browser,
  }) => {
    test.slow();
    const focal = await signedInPage(browser, UNITED_KINGDOM, false);
    await focal.goto(`/workspace/commitments/${BRIEFERS.slug}/update`);
    await focal.getByLabel("What was done").fill("");
    await focal.getByRole("button", { name: "Submit for review" }).click();
    await expect(focal.getByRole("alert", { name: "There is 1 problem with this update" })).toBeFocused();

    await focal.getByLabel("What was done").fill(`No-script focus check ${Date.now()}: two more briefers.`);
    await focal.getByRole("button", { name: "Submit for review" }).click();
    await expect(focal).toHaveURL(new RegExp(`/workspace\\?submitted=${BRIEFERS.slug}$`));
    await expect(focal.getByRole("status").filter({ hasText: "Update submitted for review" })).toBeFocused();

    const secretariat = await signedInPage(browser, SECRETARIAT, false);
    const item = await queueItem(secretariat, BRIEFERS.title);
    await item.getByRole("button", { name: /^Return with comment/ }).click();
    const again = secretariat
      .getByRole("article")
      .filter({ has: secretariat.getByRole("heading", { level: 2, name: BRIEFERS.title }) });
    await expect(again.getByRole("alert", { name: "There is 1 problem with what you entered" })).toBeFocused();
    await again.getByLabel("Comment for the focal point").fill("Please name the briefers.");
    await again.getByRole("button", { name: /^Return with comment/ }).click();
    await expect(secretariat).toHaveURL(/done=returned/);
    await expect(secretariat.getByRole("status")).toBeFocused();
  });
});
