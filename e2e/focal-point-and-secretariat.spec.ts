// Signed-in journeys (user stories 3 and 4): a focal point keeps their own member's commitments up to date and
// cannot touch another member's; the secretariat downloads every commitment as CSV. Each test signs in a member and
// users of its own (e2e/support/fixtures.ts); the Berlin 2018 record is only read. Signing in through the form:
// e2e/access.spec.ts.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { BERLIN_COMMITMENTS } from "@/prisma/seed/berlin-2018";
import { SECRETARIAT_COMMITMENTS_CSV_COLUMNS } from "@/lib/open-data/commitments-csv-columns";
import { parseCsvRecords } from "@/lib/testing/parse-csv";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

const otherMembersSlug = BERLIN_COMMITMENTS[0].slug;

/** Hrefs of the "Report progress" links (or "Continue your draft", "Revise and resubmit") in the workspace table. */
async function updateLinks(page: Page, memberName: string): Promise<string[]> {
  const table = page.getByRole("table", { name: new RegExp(`^Commitments of ${memberName}`) });
  return table
    .getByRole("link", { name: /^(Report progress|Continue your draft|Revise and resubmit)/ })
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

test("a focal point sees only their member's commitments and submits an update, which waits for review", async ({
  page,
  own,
}) => {
  const member = await own.member({ commitments: [{}, { published: { status: "IN_PROGRESS", percent: 60 } }, {}] });
  await signIn(page, member.focalPoint);
  await page.goto("/workspace");
  await expect(page.getByRole("heading", { level: 1, name: "My commitments" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(`Signed in as ${member.focalPoint.name}`);
  expect((await updateLinks(page, member.name)).sort()).toEqual(
    member.commitments.map(({ slug }) => `/workspace/commitments/${slug}/update`).sort(),
  );
  await expectNoAxeViolations(page);

  const slug = member.commitments[1]!.slug;
  await page.locator(`a[href="/workspace/commitments/${slug}/update"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report progress" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A first try with mistakes: the errors are announced and linked, and nothing typed is lost.
  await page.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  await page.getByLabel("Percent complete").fill("101");
  await page.getByLabel("What was done").fill("");
  await page.getByLabel("Web address of link 1").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Submit for review" }).click();
  const summary = page.getByRole("alert", { name: "There are 3 problems with this update" });
  await expect(summary).toContainText("Describe what was done.");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Percent complete")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Percent complete")).toHaveValue("101");
  await expect(page.getByLabel("Percent complete")).toHaveAccessibleDescription(
    /Enter a whole number from 0 to 100, or leave it blank/,
  );
  await expectNoAxeViolations(page);

  const narrative = `End-to-end check ${Date.now()}: the participation targets of the national action plan were reviewed.`;
  await page.getByLabel("Percent complete").fill("65");
  await page.getByLabel("What was done").fill(narrative);
  await page.getByLabel("Web address of link 1").fill("");
  await page.getByRole("button", { name: "Submit for review" }).click();

  await expect(page).toHaveURL(new RegExp(`/workspace\\?submitted=${slug}$`));
  await expect(page.getByRole("status").filter({ hasText: "Update submitted for review" })).toBeVisible();
  // Focal points never publish: the public page shows it only once the secretariat has (e2e/secretariat-review.spec.ts).
  await page.goto(`/commitments/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(narrative)).toHaveCount(0);
});

test("a focal point cannot open another member's update form, the secretariat page or its export", async ({
  page,
  own,
}) => {
  await signIn(page, (await own.member()).focalPoint);

  const response = await page.goto(`/workspace/commitments/${otherMembersSlug}/update`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByLabel("What was done")).toHaveCount(0);
  expect((await page.goto(`/workspace/commitments/${otherMembersSlug}`))?.status()).toBe(404);
  expect((await page.goto(`/workspace/commitments/${otherMembersSlug}/edit`))?.status()).toBe(404);

  await page.goto("/secretariat");
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download all commitments (CSV)" })).toHaveCount(0);

  const exportResponse = await page.request.get("/secretariat/export/commitments");
  expect(exportResponse.status()).toBe(403);
  expect(exportResponse.headers()["cache-control"]).toBe("no-store");
});

test("the secretariat downloads every commitment as CSV", async ({ page, secretariat }) => {
  await signIn(page, secretariat);
  await page.goto("/secretariat");
  await expect(page.getByRole("heading", { level: 1, name: "Secretariat" })).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download all commitments (CSV)" }).click();
  const download = await downloading;
  // Every approval state, as the secretariat's register needs (the public download has approved ones only).
  expect(download.suggestedFilename()).toMatch(/^wps-commitments-everything-\d{4}-\d{2}-\d{2}\.csv$/);

  const text = fs.readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const header = text.slice(1).split("\r\n")[0]!.split(",");
  expect(header).toEqual(expect.arrayContaining([...SECRETARIAT_COMMITMENTS_CSV_COLUMNS]));
  const records = parseCsvRecords(text);
  expect(records.length).toBeGreaterThanOrEqual(BERLIN_COMMITMENTS.length);
  const subCommittee = records.find((record) => record.commitment_slug === "colombia-gender-sub-committee");
  expect(subCommittee).toMatchObject({
    commitment_title: "A Gender Sub-Committee",
    commitment_kind: "practice",
    member_name: "Colombia",
    member_kind: "member_state",
    member_iso3: "COL",
    approval: "approved",
  });
  expect(subCommittee?.url).toMatch(/\/commitments\/colombia-gender-sub-committee$/);
});

test("signed-out visitors are sent to sign in, and the export refuses them", async ({ page, request }) => {
  await page.goto("/secretariat");
  await expect(page).toHaveURL(/\/sign-in\?.*callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  const response = await request.get("/secretariat/export/commitments");
  expect(response.status()).toBe(401);
  expect(response.headers()["cache-control"]).toBe("no-store");
});

// Posting an update without JavaScript: e2e/workspace.spec.ts.
