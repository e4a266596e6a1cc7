// What new users tripped over (issue 9, item 8), each tried as they tried it: pages that scroll sideways on a phone,
// focus left behind after following a link, new submissions out of sight in the review queue, downloads that all
// had one name, and "Report overdue" on a commitment whose report is not due for months.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { BERLIN_COMMITMENTS } from "@/prisma/seed/berlin-2018";
import { expect, test } from "./support/fixtures";
import { signIn, signedInPage } from "./support/sign-in";

const TWO_SILENT_CYCLES = "No report in the last two cycles";

const commitment = (slug: string) => BERLIN_COMMITMENTS.find((c) => c.slug === slug)!;

/** The href of the first link in `scope` whose address starts with `prefix` and goes one level deeper. */
async function firstLinkTo(page: Page, path: string, prefix: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(`main a[href^="${prefix}/"]`).evaluateAll((links, start) => {
    const pattern = new RegExp(`^${start}/[a-z0-9-]+$`);
    return links.map((link) => link.getAttribute("href")).find((value) => value && pattern.test(value));
  }, prefix);
  expect(href, `a link to ${prefix}/… on ${path}`).toBeTruthy();
  return href!;
}

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("no public page scrolls sideways", async ({ page }) => {
    const pages = [
      "/",
      "/commitments",
      await firstLinkTo(page, "/commitments", "/commitments"),
      "/members",
      await firstLinkTo(page, "/members", "/members"),
      // The member with the longest name: its scorecard's captions are the longest.
      "/members/ngo-working-group-on-wps",
      "/themes",
      await firstLinkTo(page, "/themes", "/themes"),
      "/data",
      "/sign-in",
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(scrollWidth, `${path} is ${scrollWidth} px wide in a ${clientWidth} px window`).toBeLessThanOrEqual(
        clientWidth,
      );
    }
  });
});

test.describe("keyboard focus after following a link", () => {
  const skipLink = (page: Page) => page.getByRole("link", { name: "Skip to main content" });

  test("after Sign in, the first Tab reaches the skip link, and the email field comes right after the header", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(skipLink(page)).toBeFocused();

    // Without the skip link: the header's few links (the five other languages among them), then the form.
    const email = page.getByLabel("Email address");
    let presses = 1;
    while (presses < 20 && !(await email.evaluate((field) => field === document.activeElement))) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    await expect(email).toBeFocused();
    expect(presses).toBeLessThanOrEqual(13);

    // With it: Enter, then one Tab.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Commitments" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(skipLink(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(email).toBeFocused();
  });

  test("after a link in the page or its footer, the first Tab reaches the skip link, then the page in order", async ({
    page,
  }) => {
    await page.goto("/commitments");
    const row = page
      .getByRole("list", { name: /^Commitments, page/ })
      .getByRole("listitem")
      .first();
    const title = ((await row.getByRole("heading", { level: 3 }).textContent()) ?? "").trim();
    await row.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    await page.keyboard.press("Tab");
    await expect(skipLink(page)).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link").first()).toBeFocused();

    // A footer link: focus used to stay in the footer, so the next Tab left the page.
    await page.getByRole("contentinfo").getByRole("link", { name: "API documentation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("API");
    await page.keyboard.press("Tab");
    await expect(skipLink(page)).toBeFocused();
  });

  test("filtering the explorer keeps focus in its form", async ({ page }) => {
    await page.goto("/commitments");
    await page.getByRole("group", { name: "Implementation status" }).getByRole("radio").nth(1).check();
    const apply = page.getByRole("button", { name: "Apply filters" });
    await apply.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]status=/);
    await expect(page.getByRole("region", { name: "Results" }).getByRole("status")).toContainText("these filters");
    expect(await page.evaluate(() => document.activeElement?.closest("form")?.id)).toBe("explorer-filters");
  });
});

test("the review queue shows the newest submission first, how many wait and since when", async ({
  browser,
  own,
  secretariat,
}) => {
  test.slow();
  const member = await own.member({ commitments: [{}, {}] });
  const older = member.commitments[0]!;
  const newer = member.commitments[1]!;
  const focal = await signedInPage(browser, member.focalPoint);
  for (const { slug } of [older, newer]) {
    await focal.goto(`/workspace/commitments/${slug}/update`);
    await focal.getByLabel("Implementation status").selectOption("IN_PROGRESS");
    await focal.getByLabel("Percent complete").fill("40");
    await focal.getByLabel("What was done").fill(`Queue order check ${Date.now()}: the plan was costed.`);
    await focal.getByRole("button", { name: "Submit for review" }).click();
    await expect(focal).toHaveURL(new RegExp(`/workspace\\?submitted=${slug}$`), { timeout: 30_000 });
    // A page that focuses its own notice keeps it: the start of the page does not take focus from it.
    await expect(focal.getByRole("status").filter({ hasText: "Update submitted for review" })).toBeFocused();
  }

  const page = await signedInPage(browser, secretariat);
  await page.goto("/secretariat/review");
  await page.getByLabel("Member").selectOption({ label: member.name });
  await page.getByRole("button", { name: "Apply filters" }).click();
  const titles = page.getByRole("article").getByRole("heading", { level: 2 });
  await expect(titles).toHaveText([newer.title, older.title]);
  await expect(page.getByText(/^2 updates, the oldest waiting since /)).toBeVisible();

  // Clearing the longest waits first is one click away, and the choice survives the filters.
  const order = page.getByRole("navigation", { name: "Order of the queue" });
  await order.getByRole("link", { name: "Oldest first" }).click();
  await expect(titles).toHaveText([older.title, newer.title]);
  await expect(page).toHaveURL(/[?&]member=/);
  await expect(order.getByRole("link", { name: "Oldest first" })).toHaveAttribute("aria-current", "true");
});

test("every download is saved under its own name, which says what it holds and the day", async ({
  page,
  secretariat,
}) => {
  const saved = async (click: () => Promise<void>) => {
    const downloading = page.waitForEvent("download");
    await click();
    const download = await downloading;
    await download.path(); // the whole file, so the server finishes what it started
    return download.suggestedFilename();
  };
  const day = String.raw`\d{4}-\d{2}-\d{2}`;

  await page.goto("/data");
  const openData = [];
  for (const file of ["commitments.csv", "updates.csv", "wps-commitments.xlsx"])
    openData.push(await saved(() => page.getByRole("link", { name: file, exact: true }).click()));
  expect(openData[0]).toMatch(new RegExp(`^wps-open-data-commitments-${day}\\.csv$`));
  expect(openData[1]).toMatch(new RegExp(`^wps-open-data-updates-${day}\\.csv$`));
  expect(openData[2]).toMatch(new RegExp(`^wps-open-data-${day}\\.xlsx$`));

  await signIn(page, secretariat);
  await page.goto("/secretariat/exports");
  await page.getByLabel(/^Everything:/).check();
  const everything = await saved(() => page.getByRole("button", { name: "Download CSV" }).click());
  expect(everything).toMatch(new RegExp(`^wps-commitments-everything-${day}\\.csv$`));
  // What the public sees is named so in the secretariat's download (the tests of the exports page check it).
  expect(new Set([...openData, everything]).size).toBe(4);
});

test("two cycles without a report are called that, not “Report overdue”, whenever this cycle is due", async ({
  browser,
}) => {
  // A pledge of the seeded record last reported on three cycles ago, read (never written) by its demonstration focal
  // point: a test's own commitments are pledged today, so they cannot have two silent cycles.
  const silent = commitment("el-salvador-gender-analysis-in-military-doctrine");
  const focalPoint = await db.user.findUniqueOrThrow({
    where: { email: "focal.el-salvador@demo.example.org" },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  const page = await signedInPage(browser, focalPoint);
  await page.goto("/workspace");
  await expect(page.getByText(/updates are due by/)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: silent.title });
  await expect(row.getByRole("cell").first()).toHaveText(TWO_SILENT_CYCLES);
  await expect(row).not.toContainText(/overdue/i);

  // The same words on the public page and in the dashboard's freshness table.
  await page.goto(`/commitments/${silent.slug}`);
  await expect(page.getByRole("main")).toContainText(TWO_SILENT_CYCLES);
  await page.goto("/");
  await expect(page.getByRole("rowheader", { name: TWO_SILENT_CYCLES })).toBeVisible();
});
