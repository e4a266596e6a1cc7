// Independent assessments (issue 14, item 3; docs/decisions/0022-independent-assessments.md): the secretariat
// accredits a civil-society organisation and invites its reviewer; the reviewer accepts, assesses a member's
// commitment with a status that disagrees with the member's own report, and submits; the secretariat publishes it;
// the public sees both side by side and in the comparison; the member's focal point responds. Axe on every new page.
import { db } from "@/lib/db";
import { createAccreditedOrganisation } from "@/prisma/seed/factories";
import { isolate } from "@/lib/i18n/isolate";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { linkIn, waitForEmail } from "./support/mailbox";
import { signedInPage } from "./support/sign-in";

test("accredit, invite, assess, publish: the self-report and the assessment side by side, and the member responds", async ({
  browser,
  baseURL,
  own,
  secretariat,
}) => {
  // Three people, an email and four pages: a long journey.
  test.slow();
  const run = Date.now();
  const member = await own.member({ commitments: [{ published: { status: "COMPLETED", percent: 100 } }] });
  const commitment = member.commitments[0]!;
  const organisation = await createAccreditedOrganisation(db, {
    name: `Assessment Watch ${run}`,
    accreditedAt: null,
  });
  own.claimMember(organisation.name);

  // The secretariat accredits the organisation and invites a reviewer.
  const staff = await signedInPage(browser, secretariat);
  await staff.goto("/secretariat/accreditation");
  await expect(staff.getByRole("heading", { level: 1, name: "Accredited organisations" })).toBeVisible();
  await staff.getByRole("button", { name: `Accredit ${isolate(organisation.name)}` }).click();
  await expect(staff.getByRole("status").filter({ hasText: "The organisation is accredited." })).toBeVisible();
  await expect(staff.getByRole("row", { name: new RegExp(organisation.name) })).toContainText("Accredited since");
  await expectNoAxeViolations(staff);
  const email = `reviewer-${run}@example.org`;
  const since = Date.now();
  await staff.getByLabel("Email address").fill(email);
  await staff.getByLabel("Full name").fill("Amina Reviewer");
  await staff.getByLabel("Member").selectOption({ label: organisation.name });
  await staff.getByRole("button", { name: "Send invitation" }).click();
  await expect(staff.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();

  // The reviewer accepts and lands among their assessments.
  const mail = await waitForEmail(email, { since, subject: /You are invited/ });
  expect(mail.text).toContain(`invited you to write independent assessments for ${organisation.name}`);
  const reviewer = await (await browser.newContext()).newPage();
  await reviewer.goto(linkIn(mail, baseURL!));
  await expect(
    reviewer.getByText(`You are invited to write independent assessments for ${organisation.name}`),
  ).toBeVisible();
  await reviewer.getByLabel("New password", { exact: true }).fill("independent eyes on every pledge");
  await reviewer.getByLabel("Type the new password again").fill("independent eyes on every pledge");
  await reviewer.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/assessments$/);
  await expect(reviewer.getByRole("heading", { level: 1, name: "Independent assessments" })).toBeVisible();
  await expectNoAxeViolations(reviewer);

  // The reviewer finds the commitment, rates it "Not started" (the member says "Completed") and submits.
  await reviewer.getByLabel("Search commitments by title, member or reference").fill(commitment.title);
  await reviewer.getByRole("button", { name: "Search" }).click();
  await reviewer.getByRole("link", { name: `Assess “${commitment.title}”` }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "Independent assessment" })).toBeVisible();
  await expectNoAxeViolations(reviewer);
  const narrative = `Assessment ${run}: no trace of the promised work in the period.`;
  await reviewer.getByLabel("Your status rating").selectOption({ label: "Not started" });
  await reviewer.getByLabel("From", { exact: true }).fill("2024-01-01");
  await reviewer.getByLabel("To", { exact: true }).fill("2024-12-31");
  await reviewer.getByRole("textbox", { name: /^Assessment/ }).fill(narrative);
  await reviewer.getByLabel("Link 1: address").fill(`https://example.org/shadow-report-${run}`);
  await reviewer.getByRole("button", { name: "Submit for review" }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/assessments\?done=submitted$/);
  await expect(reviewer.getByRole("status").filter({ hasText: "Your assessment was submitted." })).toBeVisible();

  // The secretariat publishes it from the review queue's assessments.
  await staff.goto("/secretariat/review?view=assessments");
  const item = staff
    .getByRole("article")
    .filter({ has: staff.getByRole("heading", { level: 2, name: `Assessment of “${commitment.title}”` }) });
  await expect(item).toContainText(organisation.name);
  await expectNoAxeViolations(staff);
  await item.getByRole("button", { name: `Publish the assessment of “${isolate(commitment.title)}”` }).click();
  await expect(staff.getByRole("status").filter({ hasText: "The assessment was published" })).toBeVisible();

  // The public sees the member's own report and the assessment side by side, and that they disagree.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/commitments/${commitment.slug}`);
  const selfReport = visitor.getByTestId("self-report");
  const assessment = visitor.getByTestId("independent-assessment");
  await expect(selfReport.getByRole("heading", { name: `Self-reported by ${member.name}` })).toBeVisible();
  await expect(selfReport).toContainText("Completed");
  await expect(
    assessment.getByRole("heading", { name: `Independent assessment by ${organisation.name}` }),
  ).toBeVisible();
  await expect(assessment).toContainText("Not started");
  await expect(assessment).toContainText(narrative);
  await expect(visitor.getByTestId("assessment-agreement")).toHaveText(
    "The independent assessment differs from the member's own report.",
  );
  await expectNoAxeViolations(visitor);

  // The comparison counts it as a disagreement, for the member.
  await visitor.goto("/assessments");
  const row = visitor.getByRole("row", { name: new RegExp(member.name) });
  await expect(row.getByRole("cell")).toHaveText(["1", "0", "1", "0"]);
  await expectNoAxeViolations(visitor);

  // The member's focal point responds; the response shows under the assessment at once.
  const focal = await signedInPage(browser, member.focalPoint);
  await focal.goto(`/workspace/commitments/${commitment.slug}/assessments`);
  await expectNoAxeViolations(focal);
  const response = `Response ${run}: the sub-committee met twice; the minutes are public.`;
  await focal.getByLabel("The member's response").fill(response);
  await focal.getByRole("button", { name: "Publish response" }).click();
  await expect(focal.getByRole("status").filter({ hasText: "Your response was published" })).toBeVisible();
  await visitor.goto(`/commitments/${commitment.slug}`);
  await expect(visitor.getByTestId("assessment-response")).toContainText(response);
});
