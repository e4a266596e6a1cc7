// WCAG 2.5.3 (label in name) on the secretariat's tables of row actions: each button's and link's accessible name
// starts with the words it shows, so a person who says "Send reminder" or "Deactivate" to voice control reaches it.
// axe's label-in-name rule (label-content-name-mismatch) is experimental (not in the WCAG tag set of e2e/support/axe.ts), so it is asked for here.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

test.beforeEach(async ({ page, secretariat }) => {
  await signIn(page, secretariat);
});

for (const path of ["/secretariat/cockpit", "/secretariat/focal-points"]) {
  test(`every control on ${path} has its visible label in its accessible name`, async ({ page, own }) => {
    // A member with a pledge and a focal point: the cockpit offers a reminder, the focal points list its person.
    const member = await own.member();
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).withRules(["label-content-name-mismatch"]).analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);
    // The row's controls are still told apart by the member or person they act on.
    const named = path.endsWith("cockpit")
      ? page.getByRole("button", { name: `Send reminder to the focal points of ${member.name}` })
      : page.getByRole("link", { name: /^Move to another member \(.+\)$/ }).first();
    await expect(named).toBeVisible();
  });
}
