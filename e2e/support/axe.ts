// The one accessibility check of every end-to-end spec: axe-core with the WCAG 2.2 AA rule set.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the product promises (DESIGN.md). */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Fails with every violation axe finds on the page as it stands, listed with the elements concerned. */
export async function expectNoAxeViolations(page: Page) {
  // Charts draw after hydration: wait for them, so axe sees the page as a reader does.
  await page.waitForLoadState("networkidle");
  // Next's development tools (present under `next dev` only) are not part of the page readers get.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude("nextjs-portal").analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual(
    [],
  );
}
