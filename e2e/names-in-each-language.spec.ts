// The record's names in the reader's language beyond the record pages (issue 11, items 2 and 3): the French dashboard
// names the themes in French in the chart, its table, the theme filter and the chart's CSV (whose headers are French
// too, while /data keeps its machine columns); on the Arabic pages, names inside translated sentences are isolated in
// <bdi> so a Latin name never reorders the Arabic around it. Reads only.
import { messages } from "@/lib/i18n/messages";
import { STATUS_CATEGORIES } from "@/lib/domain/implementation-status";
import { THEME_TRANSLATIONS } from "@/prisma/seed/berlin-2018-translations";
import { parseCsv } from "@/lib/testing/parse-csv";
import { expect, test } from "./support/fixtures";

const fr = messages.fr.public;
const THEME = THEME_TRANSLATIONS["participation-in-peace-processes"].name;

test("the French dashboard names the themes in French: chart, table, filter and CSV", async ({ page }) => {
  await page.goto("/fr");
  const region = page.getByRole("region", { name: fr.charts.byTheme.heading, exact: true });
  await expect(region.getByRole("table")).toContainText(THEME.fr);
  await expect(region.getByRole("table")).not.toContainText(THEME.en);
  await expect(page.locator("#status-by-theme-figure [data-chart-drawing]")).toContainText(THEME.fr);
  const filter = page.getByRole("combobox", { name: fr.filters.theme, exact: true });
  await expect(filter.getByRole("option", { name: THEME.fr, exact: true })).toHaveCount(1);

  const href = await region.getByRole("link", { name: fr.charts.csv }).getAttribute("href");
  expect(href).toMatch(/^\/charts\/status-by-theme\/data\.csv\?(.*&)?locale=fr$/);
  const response = await page.request.get(href!);
  expect(response.headers()["content-language"]).toBe("fr");
  const [header, ...rows] = parseCsv(await response.text());
  expect(header).toEqual([
    fr.charts.byTheme.rowHeader,
    ...STATUS_CATEGORIES.map((category) => messages.fr.statuses.implementation[category]),
    fr.charts.total,
  ]);
  expect(rows.map((row) => row[0])).toContain(THEME.fr);

  // The open data keeps its machine column names whatever the page's language.
  const data = await page.request.get("/data/commitments.csv");
  expect((await data.text()).split("\n")[0]).toContain("slug");
});

test("the Arabic dashboard and commitment page isolate names inside translated sentences", async ({ page }) => {
  await page.goto("/ar");
  const recent = page.locator('section[aria-labelledby="recent-updates"] li a');
  await expect(recent.first()).toBeVisible();
  for (const link of await recent.all()) await expect(link.locator("bdi")).toHaveCount(2);

  await page.goto("/ar/commitments?member=germany");
  await page.locator('main a[href^="/ar/commitments/"]').first().click();
  const place = page.locator("dd").filter({ has: page.locator("bdi", { hasText: "Berlin" }) });
  // The city as entered, the country in Arabic from CLDR, each isolated.
  await expect(place.locator("bdi")).toHaveText(["Berlin", "ألمانيا"]);
});
