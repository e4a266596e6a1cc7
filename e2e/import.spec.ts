// The secretariat loads a meeting's record from a spreadsheet: downloads the template, uploads a filled file, sees the
// preview with a problem in plain words, fixes it, confirms, and finds the commitments on the public site. A broken
// file is refused with its reason and changes nothing. The member, its meeting and the secretariat user are the
// test's own (./support/fixtures.ts); the commitments the import creates are its member's, deleted with it.
import { readFile } from "node:fs/promises";
import { db } from "@/lib/db";
import { createCommitment } from "@/prisma/seed/factories";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

const HEADER =
  "commitment_slug,commitment_title,member_slug,meeting_slug,theme_slugs,description,source_excerpt,commitment_kind,addressed_to";

test("a secretariat user imports a meeting's record after fixing the problem the preview shows", async ({
  page,
  own,
  secretariat,
}) => {
  const member = await own.member();
  const { meeting } = await db.commitment.findUniqueOrThrow({
    where: { id: member.commitments[0]!.id },
    select: { meeting: { select: { slug: true } } },
  });
  const theme = await db.theme.findFirstOrThrow({ select: { slug: true } });
  const slug = `${member.slug}-imported`;
  const row = (themes: string) =>
    `${slug},Open a national helpline,${member.slug},${meeting.slug},${themes},"The member will open a helpline.","We will open a helpline.",pledge,`;
  const recommendation = `${slug}-call,Call on the Network,${member.slug},${meeting.slug},,"A call on the Network.","We invite the Network to act.",recommendation,network`;
  const file = (body: string) => ({ name: "meeting.csv", mimeType: "text/csv", buffer: Buffer.from(body) });

  await signIn(page, secretariat);
  await page.goto("/secretariat");
  await page.getByRole("navigation", { name: "Secretariat console" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a meeting's record" })).toBeVisible();
  await expectNoAxeViolations(page);
  const commitments = page.getByRole("region", { name: "Commitments", exact: true });

  const download = page.waitForEvent("download");
  await commitments.getByRole("link", { name: "Download the CSV template" }).click();
  const template = await readFile(await (await download).path(), "utf8");
  expect(template.startsWith("\uFEFFcommitment_slug,commitment_title,member_name,")).toBe(true);

  // A theme that does not exist: the preview says so, and offers no confirmation.
  await commitments
    .getByLabel("File (CSV in UTF-8, or XLSX)")
    .setInputFiles(file(`${HEADER}\r\n${row("no-such-theme")}\r\n${recommendation}\r\n`));
  await commitments.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Preview: meeting.csv" })).toBeVisible();
  await expect(page.getByText('theme_slugs: there is no theme "no-such-theme".')).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm the import" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await db.commitment.count({ where: { slug: { startsWith: slug } } })).toBe(0);

  // Fixed, uploaded again: two to create, confirmed.
  await page.getByRole("link", { name: "Upload another file" }).click();
  await commitments
    .getByLabel("File (CSV in UTF-8, or XLSX)")
    .setInputFiles(file(`${HEADER}\r\n${row(theme.slug)}\r\n${recommendation}\r\n`));
  await commitments.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText("2 will be created")).toBeVisible();
  await expect(page.getByText("Open a national helpline")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm the import" }).click();
  await expect(page.getByText("Imported: 2 created, 0 changed.")).toBeVisible();

  await page.goto(`/commitments/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Open a national helpline" })).toBeVisible();
  await page.goto(`/commitments/${slug}-call`);
  await expect(page.getByRole("heading", { level: 1, name: "Call on the Network" })).toBeVisible();
});

test("a broken file is refused with its reason, and nothing is written", async ({ page, secretariat }) => {
  await signIn(page, secretariat);
  await page.goto("/secretariat/import");
  const commitments = page.getByRole("region", { name: "Commitments", exact: true });
  // "Côte" saved in Latin-1 by a spreadsheet that was not asked for UTF-8.
  const latin1 = Buffer.from(`${HEADER}\r\nx,C\xf4te,x,x,,d,e,pledge,\r\n`, "latin1");
  await commitments
    .getByLabel("File (CSV in UTF-8, or XLSX)")
    .setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: latin1 });
  await commitments.getByRole("button", { name: "Upload and preview" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "The file was not imported" });
  await expect(refusal).toContainText("The file is not UTF-8 text.");
  await expect(refusal).toContainText("Nothing was written.");
  await expectNoAxeViolations(page);

  await commitments.getByLabel("File (CSV in UTF-8, or XLSX)").setInputFiles({
    name: "wrong.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("title,member\r\nA,B\r\n"),
  });
  await commitments.getByRole("button", { name: "Upload and preview" }).click();
  await expect(refusal).toContainText("These required columns are missing: commitment_slug");
  expect(await db.importBatch.count({ where: { userId: secretariat.id } })).toBe(0);
  expect(await db.commitment.count({ where: { slug: "x" } })).toBe(0);
});

test("a secretariat user enters progress reports a member sent by email, on its pledges only", async ({
  page,
  own,
  secretariat,
}) => {
  const member = await own.member();
  const pledge = await db.commitment.findUniqueOrThrow({
    where: { id: member.commitments[0]!.id },
    select: { slug: true },
  });
  const recommendation = await createCommitment(db, member.id, { kind: "RECOMMENDATION" });
  const header = "commitment_slug,reported_on,implementation_status,percent_complete,narrative,evidence_urls";
  const report = `${pledge.slug},2026-01-15,in_progress,30,"The helpline opened in the capital.",https://example.org/helpline`;
  const onRecommendation = `${recommendation.slug},2026-01-15,in_progress,,"Taken up.",`;
  const file = (body: string) => ({ name: "reports.csv", mimeType: "text/csv", buffer: Buffer.from(body) });

  await signIn(page, secretariat);
  await page.goto("/secretariat/import");
  const reports = page.getByRole("region", { name: "Progress reports sent by email" });
  await reports
    .getByLabel("File (CSV in UTF-8, or XLSX)")
    .setInputFiles(file(`${header}\r\n${report}\r\n${onRecommendation}\r\n`));
  await reports.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Preview: reports.csv" })).toBeVisible();
  await expect(
    page.getByText(`"${recommendation.slug}" is not a pledge: progress is reported on pledges only.`),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm the import" })).toHaveCount(0);

  await page.getByRole("link", { name: "Upload another file" }).click();
  await reports.getByLabel("File (CSV in UTF-8, or XLSX)").setInputFiles(file(`${header}\r\n${report}\r\n`));
  await reports.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText("1 report will be entered")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm the import" }).click();
  await expect(page.getByText("Imported: 1 created, 0 changed.")).toBeVisible();

  await page.goto(`/commitments/${pledge.slug}`);
  await expect(page.getByText("The helpline opened in the capital.")).toBeVisible();
  await expect(page.getByText("Entered by the secretariat")).toBeVisible();
});
