// The public journey (user story 2): anyone, without an account, reads the dashboard, filters the list of
// commitments with filters that live in the URL, and opens a commitment's page. Every page passes axe (WCAG 2.2 AA).
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

const resultCount = (page: Page) => page.getByRole("region", { name: "Results" }).getByRole("status");
const resultList = (page: Page) =>
  page.getByRole("region", { name: "Results" }).getByRole("list", { name: /^Commitments, page/ });

async function firstCommitmentPath(page: Page): Promise<string> {
  await page.goto("/commitments");
  const href = await resultList(page).getByRole("heading", { level: 3 }).first().getByRole("link").getAttribute("href");
  expect(href).toMatch(/^\/commitments\/[a-z0-9-]+$/);
  return href as string;
}

test("the dashboard shows the headline figures and the status-by-theme table", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const figures = page.getByRole("region", { name: "Headline figures" });
  for (const label of ["Commitments", "Members with commitments", "Pledges completed", "Pledges reported this cycle"]) {
    await expect(figures.getByText(label, { exact: true })).toBeVisible();
  }

  const byTheme = page.getByRole("table", { name: "Number of pledges in each implementation status, by theme" });
  await expect(byTheme).toBeVisible();
  // Silence is a category of its own, always shown.
  await expect(byTheme.getByRole("columnheader", { name: "Not reported" })).toBeVisible();
  expect(await byTheme.getByRole("rowheader").count()).toBeGreaterThan(0);
});

test("filtering the list by theme puts the filter in the URL, and a reload or Back keeps the view", async ({
  page,
}) => {
  await page.goto("/commitments");
  const unfiltered = await resultCount(page).textContent();

  const option = page.getByRole("group", { name: "Theme" }).getByRole("radio").nth(1);
  const slug = (await option.getAttribute("value")) as string;
  const themeName = (
    (await page
      .locator(`label[for="${await option.getAttribute("id")}"] > span`)
      .first()
      .textContent()) ?? ""
  ).trim();
  await option.check();
  // With JavaScript the URL changes without reloading the page: a marker on window survives.
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]theme=${slug}(&|$)`));
  await expect(resultCount(page)).toContainText("these filters");
  expect(await page.evaluate(() => "samePage" in window)).toBe(true);
  const filtered = await resultCount(page).textContent();
  const rows = resultList(page).getByRole("listitem");
  for (const row of await rows.all()) await expect(row).toContainText(themeName);

  await page.reload();
  await expect(page.getByRole("group", { name: "Theme" }).getByRole("radio", { checked: true })).toHaveAttribute(
    "value",
    slug,
  );
  await expect(resultCount(page)).toHaveText(filtered as string);

  await page.goBack();
  await expect(page).not.toHaveURL(/theme=/);
  await expect(page.getByRole("group", { name: "Theme" }).getByRole("radio", { name: "All" })).toBeChecked();
  await expect(resultCount(page)).toHaveText(unfiltered as string);
});

test("a pledge's page shows the member, the verbatim source excerpt and where it stands", async ({ page }) => {
  await page.goto("/commitments?type=pledge");
  const firstRow = resultList(page).getByRole("listitem").first();
  const title = ((await firstRow.getByRole("heading", { level: 3 }).textContent()) ?? "").trim();
  await firstRow.getByRole("link", { name: title }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(/^Pledged by .+\(.+\)$/)).toBeVisible();
  const source = page.getByRole("region", { name: "Source" });
  await expect(source.locator("blockquote")).toBeVisible();
  await expect(source.locator("blockquote")).not.toBeEmpty();
  await expect(page.getByRole("region", { name: "Where it stands" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the figures are tables and the filters are a plain form", async ({ page }) => {
    await page.goto("/");
    await expect(
      page.getByRole("table", { name: "Number and share of pledges in each implementation status" }),
    ).toBeVisible();

    await page.goto("/commitments");
    const option = page.getByRole("group", { name: "Theme" }).getByRole("radio").nth(1);
    const slug = (await option.getAttribute("value")) as string;
    await option.check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]theme=${slug}(&|$)`));
    await expect(page.getByRole("group", { name: "Theme" }).getByRole("radio", { checked: true })).toHaveAttribute(
      "value",
      slug,
    );
    await expect(resultCount(page)).toContainText("these filters");
  });
});

test("an unknown commitment is a 404", async ({ page }) => {
  const response = await page.goto("/commitments/no-such-commitment");
  expect(response?.status()).toBe(404);
});

test.describe("accessibility (WCAG 2.2 AA)", () => {
  test("the dashboard", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
  });

  test("the list of commitments", async ({ page }) => {
    await page.goto("/commitments");
    await expectNoAxeViolations(page);
  });

  test("a commitment page", async ({ page }) => {
    await page.goto(await firstCommitmentPath(page));
    await expectNoAxeViolations(page);
  });
});
