// Signed-in journeys (user stories 3 and 4): a focal point keeps their own member's commitments up to date and
// cannot touch another member's; the secretariat downloads every commitment as CSV. Runs against the seeded
// Berlin 2018 data and its demonstration accounts (prisma/seed/demo.ts).
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { BERLIN_COMMITMENTS } from "@/prisma/seed/berlin-2018";
import { SECRETARIAT_COMMITMENTS_CSV_COLUMNS } from "@/lib/exports/commitments-csv-columns";
import { parseCsvRecords } from "@/lib/exports/testing/parse-csv";

const PASSWORD = "demo-password-2018";
const COLOMBIA = "focal.colombia@demo.example.org";
const SECRETARIAT = "secretariat@demo.example.org";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const colombiaSlugs = BERLIN_COMMITMENTS.filter((c) => c.memberSlug === "colombia").map((c) => c.slug);
const otherMembersSlug = BERLIN_COMMITMENTS.find((c) => c.memberSlug !== "colombia")!.slug;

async function signIn(page: Page, email: string, password = PASSWORD, callbackPath?: string) {
  await page.goto(callbackPath ? `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}` : "/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude("nextjs-portal").analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual(
    [],
  );
}

/** Hrefs of the "Report progress" links (or "Continue your draft", "Revise and resubmit") in the workspace table. */
async function updateLinks(page: Page): Promise<string[]> {
  const table = page.getByRole("table", { name: /^Commitments of Colombia/ });
  return table
    .getByRole("link", { name: /^(Report progress|Continue your draft|Revise and resubmit)/ })
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

test("a wrong password gets an error in plain words", async ({ page }) => {
  await signIn(page, COLOMBIA, "not-the-password");
  const alert = page.getByRole("alert", { name: "You are not signed in" });
  await expect(alert).toContainText("The email address or the password is not right");
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoAxeViolations(page);
});

test("a focal point sees only their member's commitments and submits an update, which waits for review", async ({
  page,
}) => {
  await signIn(page, COLOMBIA);
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByRole("heading", { level: 1, name: "My commitments" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(
    "Signed in as Demo Focal Point (Colombia)",
  );
  expect((await updateLinks(page)).sort()).toEqual(
    colombiaSlugs.map((slug) => `/workspace/commitments/${slug}/update`).sort(),
  );
  await expectNoAxeViolations(page);

  const slug = "colombia-womens-participation";
  await page.locator(`a[href="/workspace/commitments/${slug}/update"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report progress" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A first try with mistakes: the errors are announced and linked, and nothing typed is lost.
  await page.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  await page.getByLabel("Percent complete").fill("101");
  await page.getByLabel("What was done").fill("");
  await page.getByLabel("Web address of link 1").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Submit for review" }).click();
  const summary = page.getByRole("alert", { name: "There are 3 problems with this update" });
  await expect(summary).toContainText("Describe what was done.");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Percent complete")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Percent complete")).toHaveValue("101");
  await expect(page.getByLabel("Percent complete")).toHaveAccessibleDescription(
    /Enter a whole number from 0 to 100, or leave it blank/,
  );
  await expectNoAxeViolations(page);

  const narrative = `End-to-end check ${Date.now()}: the participation targets of the national action plan were reviewed.`;
  await page.getByLabel("Percent complete").fill("65");
  await page.getByLabel("What was done").fill(narrative);
  await page.getByLabel("Web address of link 1").fill("");
  await page.getByRole("button", { name: "Submit for review" }).click();

  await expect(page).toHaveURL(new RegExp(`/workspace\\?submitted=${slug}$`));
  await expect(page.getByRole("status").filter({ hasText: "Update submitted for review" })).toBeVisible();
  // Focal points never publish: the public page shows it only once the secretariat has (e2e/secretariat-review.spec.ts).
  await page.goto(`/commitments/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(narrative)).toHaveCount(0);
});

test("a focal point cannot open another member's update form, the secretariat page or its export", async ({ page }) => {
  await signIn(page, COLOMBIA);
  await expect(page).toHaveURL(/\/workspace$/);

  const response = await page.goto(`/workspace/commitments/${otherMembersSlug}/update`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByLabel("What was done")).toHaveCount(0);
  expect((await page.goto(`/workspace/commitments/${otherMembersSlug}`))?.status()).toBe(404);
  expect((await page.goto(`/workspace/commitments/${otherMembersSlug}/edit`))?.status()).toBe(404);

  await page.goto("/secretariat");
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download all commitments (CSV)" })).toHaveCount(0);

  const exportResponse = await page.request.get("/secretariat/export/commitments");
  expect(exportResponse.status()).toBe(403);
  expect(exportResponse.headers()["cache-control"]).toBe("no-store");
});

test("signing in from the header and signing out again", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email address").fill(COLOMBIA);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(nav.getByRole("link", { name: "My commitments" })).toBeVisible();

  await nav.getByRole("button", { name: "Sign out" }).click();
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the secretariat signs in and downloads every commitment as CSV", async ({ page }) => {
  await signIn(page, SECRETARIAT, PASSWORD, "/secretariat");
  await expect(page).toHaveURL(/\/secretariat$/);
  await expect(page.getByRole("heading", { level: 1, name: "Secretariat" })).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download all commitments (CSV)" }).click();
  const download = await downloading;
  // Every approval state, as the secretariat's register needs (the public download has approved ones only).
  expect(download.suggestedFilename()).toMatch(/^wps-commitments-everything-\d{4}-\d{2}-\d{2}\.csv$/);

  const text = fs.readFileSync((await download.path()) as string, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const header = text.slice(1).split("\r\n")[0]!.split(",");
  expect(header).toEqual(expect.arrayContaining([...SECRETARIAT_COMMITMENTS_CSV_COLUMNS]));
  const records = parseCsvRecords(text);
  expect(records.length).toBeGreaterThanOrEqual(BERLIN_COMMITMENTS.length);
  const subCommittee = records.find((record) => record.commitment_slug === "colombia-gender-sub-committee");
  expect(subCommittee).toMatchObject({
    commitment_title: "Create a Gender Sub-Committee",
    member_name: "Colombia",
    member_kind: "member_state",
    member_iso3: "COL",
    approval: "approved",
  });
  expect(subCommittee?.url).toMatch(/\/commitments\/colombia-gender-sub-committee$/);
});

test("signed-out visitors are sent to sign in, and the export refuses them", async ({ page, request }) => {
  await page.goto("/secretariat");
  await expect(page).toHaveURL(/\/sign-in\?.*callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  const response = await request.get("/secretariat/export/commitments");
  expect(response.status()).toBe(401);
  expect(response.headers()["cache-control"]).toBe("no-store");
});

// Posting an update without JavaScript: e2e/workspace.spec.ts.
