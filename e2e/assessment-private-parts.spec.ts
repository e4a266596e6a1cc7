// An independent assessment's private parts and its redaction (issue 14 item 4, docs/decisions/0023): a reviewer
// marks an evidence link and a passage "secretariat only" and sees them again, in their draft and once published;
// the secretariat sees them framed as private and publishes; the commitment page (every language), the API and the
// CSV never show them. Then the secretariat finds the assessment in its list of published assessments and redacts
// the narrative with a reason: the public sees "Redacted by the secretariat on DATE" (English and French), the API
// says what was removed, and the audit log holds who and why, not the words. Axe on every new page state.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { isolate } from "@/lib/i18n/isolate";
import { locales } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { createAccreditedOrganisation, createReviewer } from "@/prisma/seed/factories";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signedInPage } from "./support/sign-in";

test("an assessment's private link and passage stay private; its redacted narrative leaves only the notice", async ({
  browser,
  own,
  secretariat: secretariatUser,
}) => {
  // Three people, eight page states and every language: a long journey.
  test.slow();
  const word = crypto.randomBytes(4).toString("hex");
  const marker = `qzassess${word}`;
  const member = await own.member({ commitments: [{ published: { status: "COMPLETED", percent: 100 } }] });
  const commitment = member.commitments[0]!;
  const organisation = await createAccreditedOrganisation(db, { name: `Shadow Watch ${word}` });
  own.claimMember(organisation.name);
  const { user: reviewerUser } = await createReviewer(db, organisation.id);
  const narrative = `Assessment ${word}: the shelter in the north closed in March.`;
  const passage = `Witness ${marker} lives next to the shelter`;
  const publicUrl = `https://example.org/shadow-report-${word}.pdf`;
  const privateUrl = `https://example.org/${marker}/witness-statement.pdf`;

  // The reviewer writes, with a passage and the second link for the secretariat only, and saves a draft.
  const reviewer = await signedInPage(browser, reviewerUser);
  await reviewer.goto(`/workspace/assessments/${commitment.slug}`);
  await reviewer.getByLabel("Your status rating").selectOption({ label: "Not started" });
  await reviewer.getByLabel("From", { exact: true }).fill("2024-01-01");
  await reviewer.getByLabel("To", { exact: true }).fill("2024-12-31");
  await reviewer.getByRole("textbox", { name: /^Assessment/ }).fill(narrative);
  await reviewer.getByLabel(/^For the secretariat only/).fill(passage);
  await reviewer.getByLabel("Link 1: address").fill(publicUrl);
  await reviewer.getByLabel("Link 2: address").fill(privateUrl);
  await reviewer.getByLabel(/^Secretariat only: link 2 is seen by the secretariat alone/).check();
  await expectNoAxeViolations(reviewer);
  await reviewer.getByRole("button", { name: "Save draft" }).click();
  await expect(reviewer).toHaveURL(/done=saved/);

  // Its author sees the private parts again, still marked private, and submits.
  await expect(reviewer.getByLabel(/^For the secretariat only/)).toHaveValue(passage);
  await expect(reviewer.getByLabel("Link 2: address")).toHaveValue(privateUrl);
  await expect(reviewer.getByLabel(/^Secretariat only: link 2 is seen by the secretariat alone/)).toBeChecked();
  await expectNoAxeViolations(reviewer);
  await reviewer.getByRole("button", { name: "Submit for review" }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/assessments\?done=submitted$/);

  // The secretariat sees them framed as private in the queue, and publishes.
  const staff = await signedInPage(browser, secretariatUser);
  await staff.goto("/secretariat/review?view=assessments");
  const item = staff
    .getByRole("article")
    .filter({ has: staff.getByRole("heading", { level: 2, name: `Assessment of “${commitment.title}”` }) });
  const privateParts = item.getByRole("region", { name: "Secretariat only: not published" });
  await expect(privateParts).toContainText(passage);
  await expect(privateParts.getByRole("link", { name: privateUrl })).toBeVisible();
  await expectNoAxeViolations(staff);
  await item.getByRole("button", { name: `Publish the assessment of “${isolate(commitment.title)}”` }).click();
  await expect(staff.getByRole("status").filter({ hasText: "The assessment was published" })).toBeVisible();

  // No public page in any language, nor the API, nor the CSV shows them; the public text is there.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/commitments/${commitment.slug}`);
  const assessment = visitor.getByTestId("independent-assessment");
  await expect(assessment).toContainText(narrative);
  await expect(assessment.getByRole("link", { name: /shadow-report/ })).toHaveCount(1);
  for (const locale of locales) {
    for (const path of [`/commitments/${commitment.slug}`, `/members/${member.slug}`]) {
      const response = await visitor.request.get(localizedPath(locale, path));
      expect(response.status(), path).toBe(200);
      expect(await response.text(), `${locale} ${path}`).not.toContain(marker);
    }
  }
  const api = await visitor.request.get(`/api/v1/assessments?commitment=${commitment.slug}`);
  const apiText = await api.text();
  expect(apiText).toContain(publicUrl);
  expect(apiText).not.toContain(marker);
  const csv = await (await visitor.request.get("/data/assessments.csv")).text();
  expect(csv).toContain(narrative);
  expect(csv).not.toContain(marker);

  // Its author still sees them, marked private, among their assessments.
  await reviewer.goto("/workspace/assessments");
  const mine = reviewer.getByRole("row").filter({ hasText: commitment.title });
  await expect(mine.getByRole("region", { name: "Secretariat only: not published" })).toContainText(passage);
  await expectNoAxeViolations(reviewer);

  // The secretariat finds it among the published assessments, from the console's navigation.
  await staff
    .getByRole("navigation", { name: "Secretariat console" })
    .getByRole("link", { name: "Published assessments" })
    .click();
  await expect(staff.getByRole("heading", { level: 1, name: "Published assessments" })).toBeVisible();
  await staff.getByLabel("Member").selectOption({ label: member.name });
  await staff.getByRole("button", { name: "Apply filters" }).click();
  const row = staff.getByRole("row").filter({ hasText: commitment.title });
  await expect(row).toContainText(`Assessed by ${organisation.name}`);
  await expect(row).toContainText("Has parts for the secretariat only");
  await expectNoAxeViolations(staff);
  await row.getByRole("link", { name: `Open the assessment of “${commitment.title}”` }).click();
  await expect(staff.getByRole("region", { name: "Secretariat only: not published" })).toContainText(passage);
  await expectNoAxeViolations(staff);

  // It redacts the narrative, with a reason.
  await staff.getByLabel("Reason for redacting").first().fill("It places a witness.");
  await staff.getByRole("button", { name: "Redact the narrative" }).click();
  await expect(staff).toHaveURL(/done=redacted/);
  await expect(staff.getByRole("status").filter({ hasText: "Redacted." })).toBeVisible();
  await expect(staff.getByText(/^Redacted by the secretariat on /)).toBeVisible();
  await expectNoAxeViolations(staff);

  // The public sees when, never the words, in English and in French; the API says what went.
  await visitor.reload();
  await expect(assessment.getByText(/^Redacted by the secretariat on /)).toBeVisible();
  await expect(visitor.getByText(narrative)).toHaveCount(0);
  await expectNoAxeViolations(visitor);
  await visitor.goto(localizedPath("fr", `/commitments/${commitment.slug}`));
  await expect(
    visitor.getByTestId("independent-assessment").getByText(/^Supprimé par le secrétariat le /),
  ).toBeVisible();
  await expectNoAxeViolations(visitor);
  const after = (await (await visitor.request.get(`/api/v1/assessments?commitment=${commitment.slug}`)).json()) as {
    data: { narrative: string; redacted_parts: string[]; redacted_at: string | null }[];
  };
  expect(after.data).toEqual([
    expect.objectContaining({ narrative: "", redacted_parts: ["narrative"], redacted_at: expect.any(String) }),
  ]);

  // The audit log holds who redacted and why, not the removed words.
  const published = await db.assessment.findFirstOrThrow({
    where: { commitmentId: commitment.id },
    select: { id: true },
  });
  const audit = await db.auditLog.findMany({
    where: { entityId: published.id },
    select: { action: true, actorId: true, before: true, after: true },
  });
  const redaction = audit.find((row) => row.action === "assessment.redact");
  expect(redaction?.actorId).toBe(secretariatUser.id);
  expect(JSON.stringify(redaction)).toContain("It places a witness.");
  expect(JSON.stringify(audit)).not.toContain(narrative);
});
