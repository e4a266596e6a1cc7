// A person who follows a download link and is refused, or has used up their downloads, lands on a page of the site
// (its header, plain words, a way back) with the real status; a script gets the same status in plain text. Each test
// signs in as users of its own (./support/fixtures.ts), so spending a download allowance leaves every other test's.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

const CSV = "/secretariat/exports/csv";

async function expectSitePage(page: Page, heading: string) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expectNoAxeViolations(page);
}

test("the download limit is a page with the header, when to try again and the way back; a script gets a 429", async ({
  page,
  secretariat,
}) => {
  await signIn(page, secretariat);

  // Spend the allowance as a script would (the browser's cookies, no Accept: text/html).
  let script = await page.request.get(CSV);
  for (let downloads = 1; script.status() === 200 && downloads < 100; downloads++) script = await page.request.get(CSV);
  expect(script.status()).toBe(429);
  expect(Number(script.headers()["retry-after"])).toBeGreaterThan(0);
  expect(script.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(await script.text()).toMatch(/^Too many downloads in a short time\. Please try again in \d+ minutes?\.\n$/);

  // The person clicks a download button on the exports page.
  await page.goto("/secretariat/exports");
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === CSV);
  await page.getByRole("button", { name: "Download CSV" }).click();
  const response = await answered;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  expect(response.headers()["cache-control"]).toBe("no-store");

  await expectSitePage(page, "Download limit reached");
  await expect(page.getByText(`Signed in as ${secretariat.name}`)).toBeVisible();
  await expect(
    page.getByText(/^Too many downloads in a short time\. Please try again in \d+ minutes?\.$/),
  ).toBeVisible();
  await expect(page.getByText(/You can download again from \d{1,2}:\d{2}\s?[AP]M UTC\./)).toBeVisible();
  await page.getByRole("link", { name: "Back to the exports" }).click();
  await expect(page).toHaveURL(/\/secretariat\/exports$/);
  await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
});

test("a refused download is a page: sign in and come back to it, or no access", async ({ page, own }) => {
  const response = await page.goto(`${CSV}?scope=all`);
  expect(response?.status()).toBe(401);
  expect(response?.headers()["cache-control"]).toBe("no-store");
  await expectSitePage(page, "Please sign in");
  await expect(page.getByText("Sign in to download this file.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    `/sign-in?callbackUrl=${encodeURIComponent(`${CSV}?scope=all`)}`,
  );

  const { focalPoint } = await own.member();
  await signIn(page, focalPoint);
  const refused = await page.goto(CSV);
  expect(refused?.status()).toBe(403);
  await expectSitePage(page, "You cannot download this file");
  await expect(page.getByText("Your account cannot download this file.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Back to the dashboard" })).toHaveAttribute(
    "href",
    "/",
  );
});
