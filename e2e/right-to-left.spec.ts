// Arabic mirrors the page (issue 11, item 3): the header reads from the right, arrows that point back point right,
// tables and forms read right to left while addresses are typed left to right, Latin member names are isolated, and
// the bar charts put their category axis on the right with the bars growing leftwards. English stays as it was.
// Positions are compared through bounding boxes, so the test holds for any translation. Reads only.
import fs from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const ARABIC = "/ar";

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

/** The category labels and the bars of a horizontal bar chart. */
async function barChart(page: Page, chart: string) {
  const drawing = page.locator(`#${chart}-figure [data-chart-drawing]`);
  const labels = drawing.locator("[data-axis=category] text");
  const bars = drawing.locator("rect[data-bar]");
  await expect(labels.first()).toBeVisible();
  await expect(bars.first()).toBeVisible();
  return { labels: await boxes(labels), bars: (await boxes(bars)).filter((b) => b.width > 0) };
}

test("the Arabic dashboard is mirrored: header from the right, charts' categories on the right", async ({ page }) => {
  await page.goto(`${ARABIC}/`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // The site's name comes first in reading order: at the right, the navigation to its left.
  const header = page.locator("body > header, header").first();
  const name = await box(header.locator("a:not([hreflang]):not(nav a)").first());
  const nav = await box(header.locator('nav:has(a[href$="/commitments"])'));
  expect(name.x).toBeGreaterThan(right(nav) - 1);

  for (const chart of ["status-overall", "status-by-theme"]) {
    const { labels, bars } = await barChart(page, chart);
    expect(bars.length).toBeGreaterThan(0);
    // Every label sits to the right of every bar, and the bars start at the axis and grow leftwards.
    const leftmostLabel = Math.min(...labels.map((b) => b.x));
    const rightmostBarEnd = Math.max(...bars.map(right));
    expect(rightmostBarEnd).toBeLessThanOrEqual(leftmostLabel);
    // Each row's bar (the first segment of a stacked one) starts from the same line: the axis.
    const rowStarts = new Map<number, number>();
    for (const bar of bars) {
      const row = Math.round(bar.y + bar.height / 2);
      rowStarts.set(row, Math.max(rowStarts.get(row) ?? 0, right(bar)));
    }
    const starts = [...rowStarts.values()];
    expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(2);
  }

  // Columns over time: the value axis on the right, the oldest cycle (first in the data) at the right end.
  const overTime = page.locator("#status-over-time-figure [data-chart-drawing]");
  const cycles = await boxes(overTime.locator("[data-axis=category] text"));
  expect(cycles.length).toBeGreaterThan(1);
  expect(cycles[0]!.x).toBeGreaterThan(cycles.at(-1)!.x);
  const values = await boxes(overTime.locator("[data-axis=value] text"));
  expect(Math.min(...values.map((b) => b.x))).toBeGreaterThan(Math.max(...cycles.map(right)));

  // The downloaded image is laid out from the right too: its title ends at the right margin.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#status-overall button").first().click(),
  ]);
  const image = await fs.readFile(await download.path(), "utf8");
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(image)?.[1]);
  const title = /<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)"/.exec(image);
  expect(title?.[2]).toBe("end");
  expect(Number(title?.[1])).toBeGreaterThan(width * 0.9);

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

test("an Arabic commitment page points back to the right and isolates the member's name", async ({ page }) => {
  await page.goto(`${ARABIC}/commitments`);
  const first = page.locator("main h3 a").first();
  await first.click();
  await expect(page.locator("h1")).toBeVisible();

  // The back link's arrow comes first in reading order, so it stands at the right of the words, mirrored to point there.
  const back = page.locator('main header a:has(span[aria-hidden="true"])').first();
  const arrow = back.locator('span[aria-hidden="true"]');
  expect(await arrow.evaluate((element) => getComputedStyle(element).scale)).toBe("-1 1");
  expect(right(await box(arrow))).toBeGreaterThan(right(await box(back)) - 2);

  // The member's name sits in its own bidirectional island inside the translated "pledged by" sentence.
  await expect(page.locator('main header a[href*="/members/"] bdi').first()).toBeVisible();
});

test("an Arabic form reads right to left and takes an email address left to right", async ({ page }) => {
  await page.goto(`${ARABIC}/sign-in`);
  const email = page.locator('input[type="email"]:visible');
  await expect(email).toHaveAttribute("dir", "ltr");
  const password = page.locator('input[type="password"]');
  expect(await password.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  // A field's label starts at the right edge of the form, above its input.
  const label = await box(page.locator("label").first());
  const input = await box(email);
  expect(Math.abs(right(label) - right(input))).toBeLessThan(2);
});
