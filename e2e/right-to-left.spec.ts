// Right to left (issue 11, item 3), checked in the browser before Arabic has its own addresses: each page is opened
// in English and turned right to left as an Arabic page is (`dir="rtl"` on <html>). The header then reads from the
// right, arrows that point back point right, tables and forms read right to left while addresses are typed left to
// right. The charts choose their sides from the locale, not from `dir` (components/charts/chart-sides.test.ts); here
// the English dashboard keeps its category axis on the left. Positions are compared through bounding boxes. Reads only.
// Once /ar/… is served, e2e/right-to-left.spec.ts on the branch i11-rtl-arabic-e2e replaces this file.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

/** Opens a page as Arabic lays it out: the whole document right to left. */
async function openRightToLeft(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
}

type Box = { x: number; y: number; width: number; height: number };
async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found, "element has a box").not.toBeNull();
  return found!;
}
const right = (b: Box) => b.x + b.width;

/** The boxes of every element the locator matches. */
async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** The category labels and the bars of a horizontal bar chart, once Recharts has drawn them. */
async function barChart(page: Page, chart: string) {
  const drawing = page.locator(`#${chart}-figure [data-chart-drawing]`);
  const labels = drawing.locator(".recharts-yAxis-tick-labels text");
  const bars = drawing.locator(".recharts-bar-rectangle path");
  await expect(labels.first()).toBeVisible();
  await expect(bars.first()).toBeVisible();
  return { labels: await boxes(labels), bars: (await boxes(bars)).filter((b) => b.width > 0) };
}

test("a right-to-left page reads from the right: header, and a chart's table", async ({ page }) => {
  await openRightToLeft(page, "/");

  // The site's name comes first in reading order: at the right, the navigation to its left.
  const header = page.locator("body > header, header").first();
  const name = await box(header.locator("a:not([hreflang]):not(nav a)").first());
  const nav = await box(header.locator('nav:has(a[href$="/commitments"])'));
  expect(name.x).toBeGreaterThan(right(nav) - 1);

  // A chart's table reads right to left: its row names stand at the right of their cells.
  const rowHeader = page.locator("#status-by-theme table tbody th").first();
  const cell = await box(rowHeader);
  const rowName = await box(rowHeader.locator("bdi"));
  expect(right(cell) - right(rowName)).toBeLessThanOrEqual(14); // the cell's padding and border
  expect(rowName.x - cell.x).toBeGreaterThanOrEqual(right(cell) - right(rowName));
});

test("the English dashboard keeps the category axis on the left", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).not.toHaveAttribute("dir", "rtl");
  const { labels, bars } = await barChart(page, "status-overall");
  expect(Math.min(...bars.map((b) => b.x))).toBeGreaterThanOrEqual(Math.max(...labels.map(right)));
});

test("a right-to-left commitment page points back to the right and isolates the member's name", async ({ page }) => {
  await page.goto("/commitments");
  const first = await page.locator("main h3 a").first().getAttribute("href");
  await openRightToLeft(page, first!);

  // The back link's arrow comes first in reading order, so it stands at the right of the words, mirrored to point there.
  const back = page.locator('main header a:has(span[aria-hidden="true"])').first();
  const arrow = back.locator('span[aria-hidden="true"]');
  expect(await arrow.evaluate((element) => getComputedStyle(element).scale)).toBe("-1 1");
  expect(right(await box(arrow))).toBeGreaterThan(right(await box(back)) - 2);

  // The member's name sits in its own bidirectional island inside the translated "pledged by" sentence.
  await expect(page.locator('main header a[href*="/members/"] bdi').first()).toBeVisible();
});

test("a right-to-left form reads right to left and takes an email address left to right", async ({ page }) => {
  await openRightToLeft(page, "/sign-in");
  const email = page.locator('input[type="email"]:visible');
  await expect(email).toHaveAttribute("dir", "ltr");
  const password = page.locator('input[type="password"]');
  expect(await password.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  // A field's label starts at the right edge of the form, above its input.
  const label = await box(page.locator("label").first());
  const input = await box(email);
  expect(Math.abs(right(label) - right(input))).toBeLessThan(2);
});
