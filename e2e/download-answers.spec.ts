// A person who follows a download link and is refused, or has used up their downloads, lands on a page of the site
// (its header, plain words, a way back) with the real status; a script gets the same status in plain text.
// Each test signs in as an account of its own, made here, so that spending its download allowance leaves every
// other spec's untouched.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { db } from "@/lib/db";
import { createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const CSV = "/secretariat/exports/csv";

test.afterAll(async () => {
  await db.$disconnect();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" })).toBeVisible({
    timeout: 45_000,
  });
}

async function expectSitePage(page: Page, heading: string) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude("nextjs-portal").analyze();
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);
}

test("the download limit is a page with the header, when to try again and the way back; a script gets a 429", async ({
  page,
}) => {
  const { user, password } = await createSecretariat(db);
  await signIn(page, user.email, password);

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
  await expect(page.getByText(`Signed in as ${user.name}`)).toBeVisible();
  await expect(
    page.getByText(/^Too many downloads in a short time\. Please try again in \d+ minutes?\.$/),
  ).toBeVisible();
  await expect(page.getByText(/You can download again from \d{1,2}:\d{2}\s?[AP]M UTC\./)).toBeVisible();
  await page.getByRole("link", { name: "Back to the exports" }).click();
  await expect(page).toHaveURL(/\/secretariat\/exports$/);
  await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
});

test("a refused download is a page: sign in (and the download starts), or no access", async ({ page }) => {
  const response = await page.goto(`${CSV}?scope=all`);
  expect(response?.status()).toBe(401);
  expect(response?.headers()["cache-control"]).toBe("no-store");
  await expectSitePage(page, "Please sign in");
  await expect(page.getByText("Sign in to download this file.")).toBeVisible();

  const { user, password } = await createSecretariat(db);
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password").fill(password);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Sign in" }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^wps-commitments-\d{4}-\d{2}-\d{2}\.csv$/);

  await page.context().clearCookies();
  const member = await createMember(db);
  const focalPoint = await createFocalPoint(db, member.id);
  await signIn(page, focalPoint.user.email, focalPoint.password);
  const refused = await page.goto(CSV);
  expect(refused?.status()).toBe(403);
  await expectSitePage(page, "You cannot download this file");
  await expect(page.getByText("Your account cannot download this file.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Back to the dashboard" })).toHaveAttribute(
    "href",
    "/",
  );
});
