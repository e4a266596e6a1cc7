// The dashboard journey (issue 3): filters live in the URL and survive a reload, Back and sharing; each chart's table
// holds the numbers the chart draws and the CSV download holds exactly the table; the map draws member states; an
// embedded chart shows the same view; and axe finds nothing, with and without filters. Reads the seeded record while
// no spec writes (the "read-only" project of playwright.config.ts), so a page and its downloads always agree.
import type { Locator, Page } from "@playwright/test";
import { parseCsv } from "@/lib/testing/parse-csv";
import { isolate } from "@/lib/i18n/isolate";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

const CHARTS = {
  overall: "Implementation status overall",
  byTheme: "Implementation status by theme",
  byPillar: "Implementation status by UNSCR 1325 pillar",
  byKind: "Implementation status by kind of member",
  byRegion: "Implementation status by UN regional group",
  overTime: "Implementation status over time, by reporting cycle",
  freshness: "Reporting in the current cycle",
  map: "Member states on the map",
};

const select = (page: Page, label: string) => page.getByRole("combobox", { name: label, exact: true });
const section = (page: Page, heading: string) => page.getByRole("region", { name: heading, exact: true });
/** Every row of a table (header, body, footer) as cell texts. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator("tr")
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())),
    );
}

/** A table cell as the CSV writes it: no thousands separators or percent sign, and "–" (no data) empty. */
const asCsvCell = (cell: string) => (cell === "–" ? "" : cell.replace(/(?<=\d),(?=\d{3})|%$/g, ""));

async function csvOf(page: Page, region: Locator): Promise<string[][]> {
  const href = await region.getByRole("link", { name: "Download data (CSV)" }).getAttribute("href");
  expect(href).toMatch(/^\/charts\/[a-z-]+\/data\.csv/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  return parseCsv(await response.text()).filter((row) => row.some((cell) => cell !== ""));
}

const DEMO_NOTE = "Includes demonstration data: illustrative progress, not real reporting by any member.";

/**
 * The chart's table, read as the CSV writes it, equals its CSV download (which ends with the demonstration note
 * exactly when the chart shows it); returns it.
 */
async function expectTableEqualsCsv(page: Page, region: Locator): Promise<string[][]> {
  const table = region.getByRole("table");
  const csv = await csvOf(page, region);
  if ((await region.locator("[data-demo-note]").count()) > 0) {
    await expect(region.locator("[data-demo-note]")).toContainText(DEMO_NOTE);
    expect(csv.pop()?.[0]).toBe(DEMO_NOTE);
  }
  expect(csv.flat()).not.toContain(DEMO_NOTE);
  if ((await table.count()) === 0) {
    // An empty chart says so instead of drawing; its CSV then holds at most the header row.
    expect(csv.length).toBeLessThanOrEqual(1);
    return [];
  }
  const shown = (await tableRows(table)).map((row) => row.map(asCsvCell));
  expect(csv).toEqual(shown);
  return shown;
}

test("filters go into the URL; a reload and Back keep the view", async ({ page }) => {
  await page.goto("/");
  const overall = section(page, CHARTS.overall);

  await select(page, "Kind of member").selectOption("MEMBER_STATE");
  const year = "2018"; // the Berlin meeting, always seeded
  await select(page, "Year of the meeting").selectOption(year);
  // With JavaScript the URL changes without a full reload: a marker on window survives.
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/[?&]kind=MEMBER_STATE(&|$)/);
  await expect(page).toHaveURL(new RegExp(`[?&]year=${year}(&|$)`));
  await expect(page.getByText("Showing figures for the commitments that match the filters.")).toBeVisible();
  expect(await page.evaluate(() => "samePage" in window)).toBe(true);
  const filteredCsv = await expectTableEqualsCsv(page, overall);
  expect(await overall.getByRole("link", { name: "Download data (CSV)" }).getAttribute("href")).toContain(
    "kind=MEMBER_STATE",
  );

  // The same view after a reload: the form, the chips and the figures, which are those of the filters.
  await page.reload();
  await expect(select(page, "Kind of member")).toHaveValue("MEMBER_STATE");
  await expect(select(page, "Year of the meeting")).toHaveValue(year);
  await expect(
    page.getByRole("group", { name: "Filters in force" }).getByRole("link", { name: /^Remove filter/ }),
  ).toHaveCount(2);
  expect(await expectTableEqualsCsv(page, overall)).toEqual(filteredCsv);

  await page.goBack();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(select(page, "Kind of member")).toHaveValue("");
  await expect(page.getByRole("group", { name: "Filters in force" })).toHaveCount(0);
  await expect(overall.getByRole("link", { name: "Download data (CSV)" })).toHaveAttribute(
    "href",
    "/charts/status-overall/data.csv",
  );
  await expectTableEqualsCsv(page, overall);
});

test("each filter in force is a chip that removes it, and 'Clear all filters' removes them all", async ({ page }) => {
  await page.goto("/?kind=MEMBER_STATE&pillar=PARTICIPATION&measure=completed");
  const chips = page.getByRole("group", { name: "Filters in force" });
  await expect(chips.getByRole("link", { name: /^Remove filter/ })).toHaveCount(2);

  await chips.getByRole("link", { name: `Remove filter ${isolate("Kind of member: Member state")}` }).click();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(page).toHaveURL(/pillar=PARTICIPATION/);
  // The map's measure is part of the view, not a filter: it stays.
  await expect(page).toHaveURL(/measure=completed/);
  await expect(select(page, "Kind of member")).toHaveValue("");
  await expect(chips.getByRole("link", { name: /^Remove filter/ })).toHaveCount(1);

  await chips.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).not.toHaveURL(/pillar=/);
  await expect(page.getByRole("group", { name: "Filters in force" })).toHaveCount(0);
  await expect(select(page, "UNSCR 1325 pillar")).toHaveValue("");
});

test("every chart's table equals its CSV download, with and without filters", async ({ page }) => {
  for (const path of ["/", "/?kind=MEMBER_STATE&pillar=PARTICIPATION", "/?measure=completed&status=IN_PROGRESS"]) {
    await page.goto(path);
    for (const heading of Object.values(CHARTS)) await expectTableEqualsCsv(page, section(page, heading));
  }
});

test("the chart draws the numbers of its table", async ({ page }) => {
  await page.goto("/");
  const region = section(page, CHARTS.overall);
  const counts = (await tableRows(region.getByRole("table"))).slice(1, -1).map((row) => row[1] ?? "");
  // Each bar is labelled with its count at its end, in table order.
  await expect(region.locator("[data-chart-drawing] text[data-count]")).toHaveText(counts);
  // Keyboard users reach the drawing with Tab; it carries a name and is described by the summary sentence.
  const drawing = region.locator("[data-chart-drawing] svg[role=img]").first();
  await expect(drawing).toHaveAttribute("tabindex", "0");
  await expect(drawing).toHaveAttribute("aria-describedby", "status-overall-summary");
});

test("the map shades member states by the chosen measure, and its table has the same numbers", async ({ page }) => {
  await page.goto("/");
  const region = section(page, CHARTS.map);
  for (const iso3 of ["COL", "SWE"]) {
    await expect(region.locator(`[data-iso3="${iso3}"]`)).toHaveCount(1);
  }
  await expect(region.getByText(/do not imply official endorsement or acceptance by the United Nations/)).toBeVisible();

  await region.getByRole("link", { name: "Share completed" }).click();
  await expect(page).toHaveURL(/measure=completed/);
  await expect(region.getByRole("link", { name: "Share completed" })).toHaveAttribute("aria-current", "true");
  // One snapshot of the table and the map, so both come from the same render.
  const { rows, drawn } = await region.evaluate((element) => ({
    rows: [...element.querySelectorAll("table tbody tr")].map((row) =>
      [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim()),
    ),
    drawn: Object.fromEntries(
      [...element.querySelectorAll("[data-iso3]")].map((shape) => [
        shape.getAttribute("data-iso3") ?? "",
        shape.getAttribute("data-value"),
      ]),
    ),
  }));
  expect(rows.length).toBeGreaterThan(0);
  for (const [, iso3, , , , completedShare] of rows) {
    // A country too small to draw at 1:110m is listed under the map instead.
    if (iso3! in drawn) expect(drawn[iso3!], iso3).toBe(asCsvCell(completedShare!));
  }
});

test("an embedded chart shows the same view, without the site's chrome", async ({ page }) => {
  const query = "kind=MEMBER_STATE&pillar=PARTICIPATION";
  await page.goto(`/?${query}`);
  const onDashboard = await tableRows(section(page, CHARTS.byTheme).getByRole("table"));

  const response = await page.goto(`/embed/status-by-theme?${query}`);
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors *");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CHARTS.byTheme);
  expect(await tableRows(page.getByRole("table"))).toEqual(onDashboard);
  await expect(
    page.getByText("Filtered by UNSCR 1325 pillar: Participation; Kind of member: Member state."),
  ).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();

  expect((await page.request.get("/embed/no-such-chart")).status()).toBe(404);
  const dashboard = await page.request.get("/");
  expect(dashboard.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("a chart downloads as an SVG or PNG image with its title, legend and source", async ({ page }) => {
  await page.goto("/");
  const region = section(page, CHARTS.byTheme);
  const downloadOf = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), region.getByRole("button", { name }).click()]);
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    return { filename: download.suggestedFilename(), bytes };
  };
  const svg = await downloadOf("Download image (SVG)");
  expect(svg.filename).toMatch(/^wps-status-by-theme-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = svg.bytes.toString("utf8");
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  for (const expected of [CHARTS.byTheme, "Not reported", "Source: "]) expect(text).toContain(expected);

  const png = await downloadOf("Download image (PNG)");
  expect(png.filename).toMatch(/\.png$/);
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
});

test("a chart's link and embed code copy to the clipboard, and say so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?pillar=PROTECTION");
  const region = section(page, CHARTS.byTheme);
  await region.getByRole("button", { name: "Copy link" }).click();
  await expect(region.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await region.getByRole("link", { name: "Link to this view" }).getAttribute("href"));
  expect(link).toContain("pillar=PROTECTION");

  await region.getByText("Embed this chart", { exact: true }).click();
  await region.getByRole("button", { name: "Copy code" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^<iframe src="[^"]+\/embed\/status-by-theme/,
  );
});

test("the map's image carries the countries' shapes, which the page takes from a shared file", async ({ page }) => {
  await page.goto("/");
  const region = section(page, CHARTS.map);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    region.getByRole("button", { name: "Download image (SVG)" }).click(),
  ]);
  const image = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
  // The image travels alone: every country is a path of its own, shaded and named, with no reference to the file.
  expect(image).not.toContain("<use");
  expect(image).toMatch(/<path d="M[^"]+" fill="#[0-9a-f]{6}" data-iso3="COL"[^>]*><title>[^<]+<\/title><\/path>/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form, the chips and the map work as plain HTML", async ({ page }) => {
    await page.goto("/");
    await select(page, "UNSCR 1325 pillar").selectOption("PROTECTION");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]pillar=PROTECTION(&|$)/);
    await expect(select(page, "UNSCR 1325 pillar")).toHaveValue("PROTECTION");
    const colombia = section(page, CHARTS.map).locator('[data-iso3="COL"]');
    await expect(colombia).toHaveCount(1);
    // Its shape comes from the shared file, which is plain SVG and needs no script either.
    const [file, id] = (await colombia.getAttribute("href"))!.split("#");
    const shapes = await page.request.get(file!);
    expect(shapes.headers()["content-type"]).toContain("image/svg+xml");
    expect(await shapes.text()).toMatch(new RegExp(`<path id='${id}' d='M`));

    await page
      .getByRole("group", { name: "Filters in force" })
      .getByRole("link", { name: /^Remove filter/ })
      .click();
    await expect(page).not.toHaveURL(/pillar=/);
  });

  test("every bar chart is drawn, with its counts, without JavaScript", async ({ page }) => {
    await page.goto("/");
    const overall = section(page, CHARTS.overall);
    const counts = (await tableRows(overall.getByRole("table"))).slice(1, -1).map((row) => row[1] ?? "");
    await expect(overall.locator("[data-chart-drawing] text[data-count]")).toHaveText(counts);
    for (const heading of [CHARTS.byTheme, CHARTS.overall]) {
      await expect(section(page, heading).locator("[data-chart-drawing] rect[data-bar]").first()).toBeVisible();
    }
  });
});

test.describe("accessibility (WCAG 2.2 AA)", () => {
  test("the dashboard", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
  });

  test("the dashboard with filters and another map measure", async ({ page }) => {
    await page.goto("/?kind=MEMBER_STATE&region=WESTERN_EUROPEAN_OTHERS&measure=reported");
    await expectNoAxeViolations(page);
  });

  test("an embedded chart", async ({ page }) => {
    await page.goto("/embed/map?pillar=PREVENTION&measure=completed");
    await expectNoAxeViolations(page);
    await page.goto("/embed/status-over-time?kind=MEMBER_STATE");
    await expectNoAxeViolations(page);
  });
});

test.describe("demonstration data", () => {
  const main = (page: Page) => page.getByRole("main");

  test("every figure computed from it says so, and one link shows the figures without it", async ({ page }) => {
    await page.goto("/?pillar=PARTICIPATION");
    await expect(page.getByText("Some figures on this page include demonstration data.")).toBeVisible();
    const tiles = page.getByRole("region", { name: "Headline figures" }).locator("[data-demo=true]");
    await expect(tiles.first()).toContainText("Demonstration");
    for (const heading of Object.values(CHARTS)) {
      await expect(section(page, heading).locator("[data-demo-note]")).toContainText(DEMO_NOTE);
    }

    await page.getByRole("link", { name: "Show figures without demonstration data" }).click();
    await expect(page).toHaveURL(/[?&]demo=exclude(&|$)/);
    await expect(page).toHaveURL(/[?&]pillar=PARTICIPATION(&|$)/);
    await expect(page.getByText("Showing figures without demonstration data")).toBeVisible();
    await expect(main(page).locator("[data-demo-note], [data-demo=true]")).toHaveCount(0);
    // The Berlin record is real; all its progress is demonstration data: without it, nothing is reported yet.
    const overall = await expectTableEqualsCsv(page, section(page, CHARTS.overall));
    expect(overall[1]?.[0]).toBe("Not reported");
    expect(overall[1]?.[1]).toBe(overall.at(-1)?.[1]);
    for (const heading of Object.values(CHARTS)) await expectTableEqualsCsv(page, section(page, heading));
    const csvHref = await section(page, CHARTS.byTheme)
      .getByRole("link", { name: "Download data (CSV)" })
      .getAttribute("href");
    expect(csvHref).toContain("demo=exclude");

    // The filter form keeps the choice; the chip says it and takes it back.
    await select(page, "UNSCR 1325 pillar").selectOption("PROTECTION");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]pillar=PROTECTION(&|$)/);
    await expect(page).toHaveURL(/[?&]demo=exclude(&|$)/);
    await page.getByRole("link", { name: `Remove filter ${isolate("Demonstration data: Left out")}` }).click();
    await expect(page).not.toHaveURL(/demo=/);
    await expect(page.getByText("Some figures on this page include demonstration data.")).toBeVisible();
  });

  test("a chart image downloaded with demonstration data carries the note in the drawing", async ({ page }) => {
    const download = async (path: string) => {
      await page.goto(path);
      const button = section(page, CHARTS.byTheme).getByRole("button", { name: "Download image (SVG)" });
      const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
      return Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8");
    };
    expect(await download("/")).toContain(`>${DEMO_NOTE}</text>`);
    expect(await download("/?demo=exclude")).not.toContain(DEMO_NOTE);
  });

  test("an embedded chart says so too, and keeps demo=exclude", async ({ page }) => {
    await page.goto("/embed/status-by-theme");
    await expect(page.locator("[data-demo-note]")).toContainText(DEMO_NOTE);
    await page.goto("/embed/status-by-theme?demo=exclude");
    await expect(page.locator("main [data-demo-note]")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Download data (CSV)" })).toHaveAttribute("href", /demo=exclude/);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the link to figures without demonstration data is a plain link", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("link", { name: "Show figures without demonstration data" }).click();
      await expect(page).toHaveURL(/[?&]demo=exclude(&|$)/);
      await expect(main(page).locator("[data-demo-note]")).toHaveCount(0);
      await page.getByRole("link", { name: "Show figures with demonstration data" }).click();
      await expect(page).not.toHaveURL(/demo=/);
    });
  });

  test("explorer rows, member and theme pages and a commitment's status say so too", async ({ page }) => {
    const STATUS_NOTE = "This status comes from demonstration data: illustrative, not real reporting.";
    await page.goto("/commitments");
    const flagged = main(page).getByRole("listitem").filter({ hasText: STATUS_NOTE });
    await expect(flagged.first()).toBeVisible();
    const memberHref = await flagged.first().locator('a[href^="/members/"]').first().getAttribute("href");
    await flagged.first().getByRole("heading").getByRole("link").click();
    await expect(page.getByRole("region", { name: "Where it stands" })).toContainText(STATUS_NOTE);

    await page.goto("/commitments?demo=exclude");
    await expect(main(page).getByRole("listitem").first()).toBeVisible();
    await expect(main(page).getByText(STATUS_NOTE)).toHaveCount(0);

    await page.goto(memberHref!);
    await expect(page.getByRole("region", { name: "Scorecard" }).locator("[data-demo-note]").first()).toContainText(
      DEMO_NOTE,
    );
    await page.goto("/members");
    await expect(main(page).locator("[data-demo-note]")).toContainText(DEMO_NOTE);
    await page.goto("/themes");
    await expect(main(page).locator("[data-demo-note]")).toContainText(DEMO_NOTE);
  });

  test("the dashboard without demonstration data has no accessibility violations", async ({ page }) => {
    await page.goto("/?demo=exclude");
    await expectNoAxeViolations(page);
  });
});
