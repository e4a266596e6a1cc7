// The explorer journey (issue 3): anyone searches every commitment, narrows the list with facets whose counts tell
// them what they will get, sorts and pages without losing the filters, opens a commitment's timeline, and reads the
// scorecards of a member and a theme. Runs against the seeded Berlin 2018 record (with or without --scale data).
import type { Page } from "@playwright/test";
import { BERLIN_COMMITMENTS } from "@/prisma/seed/berlin-2018";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

const results = (page: Page) => page.getByRole("region", { name: "Results" });
const resultCount = (page: Page) => results(page).getByRole("status");
const resultList = (page: Page) => results(page).getByRole("list", { name: /^Commitments, page/ });
const resultTitles = (page: Page) => resultList(page).getByRole("heading", { level: 3 }).allTextContents();

/** The number in a count sentence such as "1,234 commitments match these filters". */
const countIn = (text: string | null) => Number((text ?? "").match(/^[\d,]+/)?.[0]?.replaceAll(",", "") ?? NaN);

test("a search finds a Berlin commitment by a word that is only in its source excerpt", async ({ page }) => {
  await page.goto("/commitments");
  // "Louise Allen" spoke for the NGO Working Group: her name is in the communiqué's words, not in any title.
  await page.getByLabel("Search commitments").fill("Louise");
  await page.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page).toHaveURL(/[?&]q=Louise(&|$)/);
  await expect(resultCount(page)).toContainText("match “Louise”");
  await expect(resultList(page).getByRole("link", { name: "Localise the implementation of UNSCR 1325" })).toBeVisible();
  for (const row of await resultList(page).getByRole("listitem").all()) {
    await expect(row).toContainText("NGO Working Group");
  }
  // While searching, results come by relevance unless another order is chosen.
  await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
  await expect(page.getByRole("link", { name: "Remove Search: “Louise”" })).toBeVisible();
});

test("a facet narrows the results, and the count it showed is the number of results", async ({ page }) => {
  await page.goto("/commitments?year=2018");
  const themes = page.getByRole("group", { name: "Theme" });
  const option = themes
    .locator("li[data-count]")
    .filter({ hasNot: page.locator('[data-count="0"]') })
    .first();
  const expected = Number(await option.getAttribute("data-count"));
  const radio = option.getByRole("radio");
  const slug = (await radio.getAttribute("value")) as string;
  expect(expected).toBeGreaterThan(0);

  await radio.check();
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]theme=${slug}(&|$)`));
  await expect(page).toHaveURL(/[?&]year=2018(&|$)/);
  await expect(resultCount(page)).toHaveText(
    new RegExp(`^${expected.toLocaleString("en")} commitments? match(es)? these filters$`),
  );
  await expect(page.getByRole("group", { name: "Theme" }).getByRole("radio", { checked: true })).toHaveAttribute(
    "value",
    slug,
  );

  // Each facet leaves its own filter out: the theme facet still offers (and counts) the other themes.
  expect(await page.getByRole("group", { name: "Theme" }).locator("li[data-count]").count()).toBeGreaterThan(1);

  // The chip removes the filter and keeps the others.
  await page.getByRole("link", { name: /^Remove Theme:/ }).click();
  await expect(page).not.toHaveURL(/theme=/);
  await expect(page).toHaveURL(/[?&]year=2018(&|$)/);
});

test("sorting and paging keep the filters, and Back returns to the previous page of the same view", async ({
  page,
}) => {
  await page.goto("/commitments?year=2018");
  // Interact once the page is hydrated, so the sort goes through the router as a reader's would.
  await page.waitForLoadState("networkidle");
  const total = countIn(await resultCount(page).textContent());
  expect(total).toBeGreaterThan(20);

  await page.getByLabel("Sort by").selectOption("title");
  await page.getByRole("button", { name: "Sort", exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  await expect(page).toHaveURL(/[?&]year=2018(&|$)/);
  // The URL changes before the new results are drawn: wait for the list to be in title order. Only first letters
  // are compared, as the database's collation decides the finer order (case, punctuation).
  const initial = (title: string) => title.charAt(0).toLowerCase();
  const inTitleOrder = async () => {
    const initials = (await resultTitles(page)).map(initial);
    return initials.length > 0 && initials.join("") === [...initials].sort().join("");
  };
  await expect.poll(inTitleOrder).toBe(true);
  const firstPage = await resultTitles(page);
  const currentPage = page.getByRole("navigation", { name: "Pages of results" }).locator('[aria-current="page"]');

  await page.getByRole("navigation", { name: "Pages of results" }).getByRole("link", { name: /^Next/ }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  await expect(page).toHaveURL(/[?&]year=2018(&|$)/);
  await expect(currentPage).toContainText("2");
  expect(countIn(await resultCount(page).textContent())).toBe(total);
  await expect(resultCount(page)).toContainText("these filters");
  expect(await inTitleOrder()).toBe(true);
  const secondPage = await resultTitles(page);
  expect(initial(secondPage[0]!) >= initial(firstPage.at(-1)!)).toBe(true);

  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(currentPage).toContainText("1");
  await expect(page.getByLabel("Sort by")).toHaveValue("title");
  await expect.poll(() => resultTitles(page)).toEqual(firstPage);
});

test("the commitment page shows the timeline with verification badges and evidence links", async ({ page }) => {
  await page.goto("/commitments/colombia-womens-participation");
  await expect(
    page.getByRole("heading", { level: 1, name: "Advance women's participation in implementing UNSCR 1325" }),
  ).toBeVisible();

  const facts = page.getByRole("region", { name: "Where it stands" });
  for (const fact of ["Implementation status", "Schedule", "Reporting", "Verification of the latest update"]) {
    await expect(facts.getByText(fact, { exact: true })).toBeVisible();
  }
  await expect(facts).toContainText(/Last published update on .+, (today|\d+ (days?|months?|years?) ago)\./);

  const timeline = page.getByRole("region", { name: "Progress updates" });
  await expect(timeline.getByRole("article").first()).toBeVisible();
  await expect(timeline.getByText("Evidence verified")).toBeVisible();
  const evidence = timeline.getByRole("link", { name: "Demonstration evidence (placeholder link)" }).first();
  await expect(evidence).toHaveAttribute(
    "href",
    /^https:\/\/example\.org\/demo-evidence\/colombia-womens-participation\//,
  );

  await expect(page.getByRole("region", { name: "Source" }).locator("blockquote")).toContainText(
    "shared their commitment to women's participation",
  );
  await expect(page.getByRole("region", { name: "Meeting" })).toContainText("Berlin");

  await page
    .getByText(/^Pledged by/)
    .getByRole("link", { name: "Colombia" })
    .click();
  await expect(page).toHaveURL(/\/members\/colombia$/);
});

test("the member page shows who the member is and its scorecard", async ({ page }) => {
  await page.goto("/members/colombia");
  await expect(page.getByRole("heading", { level: 1, name: "Colombia" })).toBeVisible();
  await expect(page.getByText("COL", { exact: true })).toBeVisible();
  await expect(page.getByText("Latin American and Caribbean Group")).toBeVisible();

  // Status is scored on pledges only; the list holds every kind of statement (decision 0012).
  const byStatus = page.getByRole("table", { name: "Pledges of Colombia by implementation status" });
  await expect(byStatus.getByRole("rowheader", { name: "Not reported" })).toBeVisible();
  const pledges = Number(await byStatus.locator("tfoot td").first().textContent());
  const colombia = BERLIN_COMMITMENTS.filter((c) => c.memberSlug === "colombia");
  expect(pledges).toBe(colombia.filter((c) => c.kind === "PLEDGE").length);
  const total = colombia.length;
  await expect(page.getByRole("heading", { level: 2, name: `Commitments (${total})` })).toBeVisible();
  await expect(
    page.getByRole("region", { name: `Commitments (${total})` }).getByRole("heading", { level: 3 }),
  ).toHaveCount(total);
  await expect(page.getByRole("heading", { level: 2, name: "Latest published updates" })).toBeVisible();

  await page
    .getByRole("link", { name: /in the explorer/ })
    .last()
    .click();
  await expect(page).toHaveURL(/\/commitments\?member=colombia$/);
  expect(countIn(await resultCount(page).textContent())).toBe(total);
});

test("the theme index leads to a theme page whose scorecard counts its commitments", async ({ page }) => {
  await page.goto("/themes");
  const table = page.getByRole("table", { name: "Themes, with the number of their approved commitments" });
  const name = "Gender analysis and mainstreaming";
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  const listed = Number((await row.getByRole("cell").nth(1).textContent())?.replaceAll(",", ""));
  await row.getByRole("link", { name }).click();

  await expect(page).toHaveURL(/\/themes\/gender-analysis-and-mainstreaming$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The scorecard counts the theme's pledges (status applies to them alone), the list every kind of statement.
  const byStatus = page.getByRole("table", { name: `Pledges of ${name} by implementation status` });
  await expect(byStatus.getByRole("rowheader", { name: "Not reported" })).toBeVisible();
  const pledges = Number((await byStatus.locator("tfoot td").first().textContent())?.replaceAll(",", ""));
  expect(pledges).toBeGreaterThan(0);
  expect(pledges).toBeLessThan(listed);
  await expect(
    page.getByRole("heading", { level: 2, name: `Commitments (${listed.toLocaleString("en")})` }),
  ).toBeVisible();
});

test("unknown members and themes are 404s", async ({ request }) => {
  for (const path of ["/members/no-such-member", "/themes/no-such-theme", "/members/%27%3B%20DROP%20TABLE%20members"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("bad explorer parameters are ignored or clamped, never an error", async ({ page, request }) => {
  const hostile = [
    "page=abc&status=done&sort=zzz&pillar=PEACE&kind=<script>&year=banana",
    "page=999999999&q=%27%3B%20DROP%20TABLE%20commitments%3B%20--",
    `q=${"x".repeat(5000)}`,
    "theme[]=a&member=../../etc/passwd&region=MARS&meeting=%00",
  ];
  for (const query of hostile) {
    const response = await request.get(`/commitments?${query}`);
    expect(response.status(), query).toBe(200);
    expect(await response.text(), query).toContain("Results");
  }
  // A page past the end shows the last page.
  await page.goto("/commitments?page=100000");
  await expect(
    page.getByRole("navigation", { name: "Pages of results" }).locator('[aria-current="page"]'),
  ).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search, facets and sort are a plain GET form", async ({ page }) => {
    await page.goto("/commitments");
    await page.getByLabel("Search commitments").fill("peacekeepers");
    // Less used facets are folded under their name until opened.
    await page.locator("summary", { hasText: "UNSCR 1325 pillar" }).click();
    await page
      .getByRole("group", { name: "UNSCR 1325 pillar" })
      .getByRole("radio", { name: /^Protection/ })
      .check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]q=peacekeepers(&|$)/);
    await expect(page).toHaveURL(/[?&]pillar=PROTECTION(&|$)/);
    await expect(resultCount(page)).toContainText("match “peacekeepers”");

    await page.getByLabel("Sort by").selectOption("title");
    await page.getByRole("button", { name: "Sort", exact: true }).click();
    await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
    await expect(page).toHaveURL(/[?&]pillar=PROTECTION(&|$)/);
    await expect(page.getByLabel("Search commitments")).toHaveValue("peacekeepers");
  });
});

test.describe("accessibility (WCAG 2.2 AA)", () => {
  const pages = [
    ["the explorer", "/commitments"],
    [
      "the explorer with a search and filters",
      "/commitments?q=training&status=IN_PROGRESS&pillar=PROTECTION&sort=title&page=1",
    ],
    ["the explorer with no result", "/commitments?q=zzzyzzx"],
    ["a commitment page", "/commitments/colombia-gender-sub-committee"],
    ["a member page", "/members/colombia"],
    ["the members index", "/members"],
    ["a theme page", "/themes/localisation"],
    ["the themes index", "/themes"],
  ] as const;
  for (const [name, path] of pages) {
    test(name, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
