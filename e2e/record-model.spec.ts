// The record model (issue 10, decision 0012) as a reader and a focal point meet it: the kind of each statement, whom
// a recommendation addresses, the editorial note, one joint record for a joint statement, the explorer's kind facet,
// and a co-member's focal point reporting on a joint pledge. The Berlin record is read, never written.
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

test("Norway and Germany's statement is one joint recommendation, with its addressees and an editorial note", async ({
  page,
}) => {
  await page.goto("/commitments/norway-and-germany-accountability-under-international-law");
  const header = page.locator("article header");
  await expect(header).toContainText("Recommendation or call");
  await expect(header).toContainText("A call by Norway (Member state) together with Germany");
  const record = page.getByRole("region", { name: "The record" });
  await expect(record).toContainText("Addressed to");
  await expect(record).toContainText("The Network's members");
  await expect(record).toContainText("No member has taken it up as a pledge yet.");
  await expect(record).toContainText('Editorial note: The communiqué says "the need to ensure impunity"');
  // Status is for pledges: a recommendation has none, and no timeline of progress.
  await expect(page.getByRole("heading", { name: "Where it stands" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // One record, on both members' pages.
  for (const member of ["norway", "germany"]) {
    await page.goto(`/members/${member}`);
    await expect(
      page.locator('a[href="/commitments/norway-and-germany-accountability-under-international-law"]').first(),
    ).toBeVisible();
  }
});

test("the explorer shows one kind of statement at a time: the NGO Working Group's calls are recommendations, not its pledges", async ({
  page,
}) => {
  const rows = () =>
    page
      .getByRole("region", { name: "Results" })
      .getByRole("list", { name: /^Commitments, page/ })
      .getByRole("listitem");
  await page.goto("/commitments?member=ngo-working-group-on-wps");
  await expect(rows()).toHaveCount(5);
  for (const row of await rows().all()) {
    await expect(row).toContainText("Recommendation or call");
    await expect(row).not.toContainText("Not reported");
  }

  await page.goto("/commitments?year=2018");
  const kinds = page.getByRole("group", { name: "Kind of statement" });
  const pledge = kinds.locator("li[data-count]").filter({ has: page.locator('input[value="pledge"]') });
  const expected = Number(await pledge.getAttribute("data-count"));
  expect(expected).toBeGreaterThan(0);
  await pledge.getByRole("radio").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]type=pledge(&|$)/);
  await expect(rows()).toHaveCount(Math.min(expected, 20));
  for (const row of await rows().all()) await expect(row).toContainText("Pledge");
  await expectNoAxeViolations(page);
});

test("a co-member's focal point reports on the joint pledge", async ({ page, own }) => {
  const coMember = await own.member({ commitments: [] });
  const lead = await own.member({ commitments: [{ coMemberIds: [coMember.id] }] });
  const { slug, title } = lead.commitments[0]!;

  await page.goto(`/commitments/${slug}`);
  await expect(page.locator("article header")).toContainText(`together with ${coMember.name}`);

  await signIn(page, coMember.focalPoint);
  await page.goto("/workspace");
  const table = page.getByRole("table", { name: `Commitments of ${coMember.name}` });
  await expect(table).toContainText(title);
  await table.locator(`a[href="/workspace/commitments/${slug}/update"]`).click();
  await page.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  await page.getByLabel("Percent complete").fill("30");
  await page.getByLabel("What was done").fill("The co-member trained twenty mediators.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace\\?submitted=${slug}$`));
});
