// A phone 320 CSS pixels wide, in Russian, whose member names and words are among the longest of the six languages
// (issue 11): the dashboard, the explorer and a member page fit the screen, wrapping long names instead of making
// the page scroll sideways. Reads only.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

test.use({ viewport: { width: 320, height: 720 } });

/** How far the page reaches past the screen's right edge, in CSS pixels: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const path of ["/ru", "/ru/commitments", "/ru/members/united-kingdom", "/ru/members/ngo-working-group-on-wps"]) {
  test(`${path} fits a 320px screen without scrolling sideways`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await overflow(page)).toBe(0);
  });
}
