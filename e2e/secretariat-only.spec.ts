// Keeping people safe (issue 14 item 4, docs/decisions/0023-secretariat-only-and-redaction.md): a focal point marks an
// evidence link and a passage "secretariat only"; the secretariat sees them in the queue and publishes; no public page
// in any of the six languages shows them, while the secretariat and the focal point still do. Then the secretariat
// redacts the published narrative: the public sees "Redacted by the secretariat on DATE" and not the words.
import crypto from "node:crypto";
import { locales } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { isolate } from "@/lib/i18n/isolate";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signedInPage } from "./support/sign-in";

test("a private link and passage stay private; a redacted narrative leaves only the notice", async ({
  browser,
  own,
  secretariat: secretariatUser,
}) => {
  test.slow();
  const member = await own.member();
  const commitment = member.commitments[0]!;
  const marker = `qzprivate${crypto.randomBytes(4).toString("hex")}`;
  const publicWords = `Public words ${marker.slice(-8)}: the shelter network doubled.`;
  const passage = `Survivor names ${marker}`;
  const privateUrl = `https://example.org/${marker}/names.pdf`;

  // The focal point writes: the second link and a passage for the secretariat only.
  const focal = await signedInPage(browser, member.focalPoint);
  await focal.goto(`/workspace/commitments/${commitment.slug}/update`);
  await focal.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  await focal.getByLabel("What was done").fill(publicWords);
  await focal.getByLabel(/^For the secretariat only/).fill(passage);
  await focal.getByLabel("Web address of link 1").fill("https://example.org/public-report.pdf");
  await focal.getByLabel("Web address of link 2").fill(privateUrl);
  await focal.getByLabel(/^Secretariat only: link 2 is seen by the secretariat/).check();
  await expectNoAxeViolations(focal);
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal).toHaveURL(new RegExp(`/workspace\\?submitted=${commitment.slug}$`), { timeout: 30_000 });

  // The secretariat sees the private parts, framed as such, and publishes.
  const secretariat = await signedInPage(browser, secretariatUser);
  await secretariat.goto(`/secretariat/members/${member.id}`);
  await secretariat.getByRole("button", { name: "Save member" }).click();
  await expect(secretariat).toHaveURL(/done=memberSaved/);
  await secretariat.goto("/secretariat/review");
  await secretariat.getByLabel("Member").selectOption({ label: member.name });
  await secretariat.getByRole("button", { name: "Apply filters" }).click();
  const item = secretariat
    .getByRole("article")
    .filter({ has: secretariat.getByRole("heading", { level: 2, name: commitment.title }) });
  const privateParts = item.getByRole("region", { name: "Secretariat only: not published" });
  await expect(privateParts).toContainText(passage);
  await expect(privateParts.getByRole("link", { name: privateUrl })).toBeVisible();
  await expectNoAxeViolations(secretariat);
  await item.getByRole("button", { name: `Publish update on “${isolate(commitment.title)}”` }).click();
  await expect(secretariat).toHaveURL(/done=published/);

  // No public page, in any language, shows them; the public text is there.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/commitments/${commitment.slug}`);
  await expect(visitor.getByText(publicWords)).toBeVisible();
  await expect(visitor.getByRole("link", { name: /Evidence link/ })).toHaveCount(1);
  for (const locale of locales) {
    for (const path of [`/commitments/${commitment.slug}`, `/members/${member.slug}`, "/", "/commitments"]) {
      const response = await visitor.request.get(localizedPath(locale, path));
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, `${locale} ${path}`).not.toContain(marker);
    }
  }

  // The focal point still sees them in the workspace.
  await focal.goto(`/workspace/commitments/${commitment.slug}`);
  await expect(focal.getByText(passage)).toBeVisible();

  // The secretariat redacts the published narrative.
  await secretariat.goto("/secretariat/review?view=published");
  await secretariat.getByLabel("Member").selectOption({ label: member.name });
  await secretariat.getByRole("button", { name: "Apply filters" }).click();
  await secretariat.getByRole("link", { name: `Open the update on “${commitment.title}”` }).click();
  await expect(secretariat.getByRole("region", { name: "Secretariat only: not published" })).toContainText(passage);
  await expectNoAxeViolations(secretariat);
  await secretariat.getByRole("button", { name: "Redact the narrative" }).click();
  await expect(secretariat.getByRole("alert", { name: "There is 1 problem with what you entered" })).toContainText(
    "Say why this is redacted",
  );
  await secretariat.getByLabel("Reason for redacting").first().fill("It names a shelter.");
  await secretariat.getByRole("button", { name: "Redact the narrative" }).click();
  await expect(secretariat).toHaveURL(/done=redacted/);
  await expect(secretariat.getByRole("status").filter({ hasText: "Redacted." })).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByText(/^Redacted by the secretariat on /)).toBeVisible();
  await expect(visitor.getByText(publicWords)).toHaveCount(0);
  await expectNoAxeViolations(visitor);
  await visitor.goto(localizedPath("fr", `/commitments/${commitment.slug}`));
  await expect(visitor.getByText(/^Supprimé par le secrétariat le /)).toBeVisible();
});
