// The secretariat runs the reporting side of a cycle in the browser: the cockpit and a reminder that arrives by
// email, the reporting cycles, the exports (XLSX and CSV parsed back), and a closed cycle's accountability report and
// its PDF, whose text (poppler's pdftotext) carries the report's headline figures. Every page passes axe.
// Reads the seeded Berlin 2018 data and the demonstration cycles (the open one and the closed ones), and changes
// neither: the member reminded and the cycle created are the test's own (e2e/support/fixtures.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { SECRETARIAT_COMMITMENTS_CSV_COLUMNS } from "@/lib/open-data/commitments-csv-columns";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { waitForEmail } from "./support/mailbox";
import { signIn } from "./support/sign-in";

test.beforeEach(async ({ page, secretariat }) => {
  await signIn(page, secretariat);
});

test("the cockpit lists every member against the open cycle, and a reminder to one member arrives by email", async ({
  page,
  own,
}) => {
  // A member with a commitment to report on in the open cycle, and a focal point to remind.
  const member = await own.member();
  await page.goto("/secretariat/cockpit");
  await expect(page.getByRole("heading", { level: 1, name: "Reporting cockpit" })).toBeVisible();
  const table = page.getByRole("table", { name: /^Members and their reporting in / });
  for (const member of ["Colombia", "Sweden", "Economic Community of West African States"]) {
    await expect(table.getByRole("rowheader", { name: new RegExp(member) })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // The member is new, so nobody has reminded it yet (a reminder sent by hand goes at most once a day to each focal
  // point).
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: member.name }) });
  await expect(row.getByRole("cell", { name: "Not reminded yet", exact: true })).toBeVisible();
  await expect(row.getByRole("link", { name: member.name })).toHaveAttribute("href", `/members/${member.slug}`);
  const button = row.getByRole("button", { name: `Send reminder to the focal points of ${member.name}` });
  const since = Date.now();
  await button.click();
  await expect(
    page.getByRole("status").filter({ hasText: /1 reminder sent to the focal points of 1 member/ }),
  ).toBeVisible({
    timeout: 30_000,
  });

  const mail = await waitForEmail(member.focalPoint.email, { since, subject: /progress updates for/ });
  expect(mail.subject).toContain(member.name);
  expect(mail.text).toContain("with no update published in this cycle yet");
  await page.reload();
  await expect(page.getByRole("table", { name: /^The latest .*reminder emails?, newest first$/ })).toContainText(
    member.focalPoint.email,
  );
});

test("the reporting cycles page lists the cycles and refuses a cycle whose dates make no sense", async ({
  page,
  own,
}) => {
  await page.goto("/secretariat/cycles");
  await expect(page.getByRole("heading", { level: 1, name: "Reporting cycles" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Reporting cycles, latest first" })).toContainText("Open");
  await expectNoAxeViolations(page);

  // Far in the future, so it never becomes the current cycle nor overlaps another test's; deleted after the test.
  const year = 2200 + Math.floor(Math.random() * 5000);
  own.claimCycle(`E2E cycle ${year}`);
  const field = (name: string) => page.getByLabel(new RegExp(`^${name} \\((required|optional)\\)`));
  await field("Name").fill(`E2E cycle ${year}`);
  await field("First day").fill(`${year}-04-01`);
  await field("Last day").fill(`${year}-03-01`);
  await field("Due date").fill(`${year}-03-15`);
  await page.getByRole("button", { name: "Create cycle" }).click();
  const summary = page.getByRole("alert", { name: "There are 2 problems with this cycle" });
  await expect(summary).toContainText("The last day must come after the first day.", { timeout: 30_000 });
  await expect(field("Last day")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await field("Last day").fill(`${year + 1}-03-31`);
  await field("Due date").fill(`${year + 1}-03-01`);
  await page.getByRole("button", { name: "Create cycle" }).click();
  await expect(page.getByRole("status")).toContainText(`The reporting cycle “E2E cycle ${year}” was created.`, {
    timeout: 30_000,
  });
  await expect(page.getByRole("rowheader", { name: `E2E cycle ${year}` })).toBeVisible();
});

test("the exports download as XLSX and CSV, and read back", async ({ page }) => {
  await page.goto("/secretariat/exports");
  await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Member", { exact: true }).selectOption({ label: "Colombia" });
  let downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download XLSX" }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^wps-commitments-public-colombia-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
    "commitments",
    "updates",
    "members",
    "themes",
    "assessments",
    "about",
  ]);
  const sheet = book.getWorksheet("commitments")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...SECRETARIAT_COMMITMENTS_CSV_COLUMNS]);
  const titles: string[] = [];
  const members = new Set<string>();
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    titles.push(row.getCell(2).text);
    members.add(row.getCell(3).text);
  });
  expect(titles).toContain("A Gender Sub-Committee");
  expect(members).toEqual(new Set(["Colombia"]));

  await page.getByLabel("Member", { exact: true }).selectOption("");
  downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^wps-commitments-public-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...SECRETARIAT_COMMITMENTS_CSV_COLUMNS]);
  expect(parsed.data.find((row) => row.commitment_slug === "colombia-gender-sub-committee")).toMatchObject({
    commitment_title: "A Gender Sub-Committee",
    member_name: "Colombia",
    approval: "approved",
    member_slug: "colombia",
    commitment_kind: "practice",
    member_slugs: "colombia",
  });
});

test("a closed cycle's accountability report prints to a PDF that carries its headline figures", async ({ page }) => {
  await page.goto("/secretariat/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Accountability reports" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The latest closed demonstration cycle.
  const closed = page
    .getByRole("listitem")
    .filter({ hasText: /\(closed on / })
    .first();
  await closed.getByRole("link", { name: /^Report for / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Reporting cycle / })).toBeVisible();
  await expect(page.getByText("This report includes demonstration data")).toBeVisible();
  const figure = async (key: string) => (await page.locator(`[data-figure="${key}"] dd`).first().innerText()).trim();
  const figures = {
    commitments: await figure("commitments"),
    members: await figure("members"),
    reported: await figure("reported"),
  };
  // The report counts pledges, the only kind with a status: the Berlin record has three (decision 0012).
  expect(Number(figures.commitments)).toBeGreaterThanOrEqual(3);
  const cycleName = (await page.getByRole("heading", { level: 1 }).innerText()).replace("Reporting cycle ", "").trim();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^wps-report-\d{4}-\d{4}-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdfText = execFileSync("pdftotext", ["-layout", await download.path(), "-"], { encoding: "utf8" });
  expect(pdfText).toContain(`Reporting cycle ${cycleName}`);
  expect(pdfText).toContain("Headline figures");
  for (const value of Object.values(figures)) expect(pdfText).toContain(value);
  expect(pdfText).toMatch(/Did not report \(\d+\)/);
  expect(pdfText).not.toContain("Sign in");
});

test("the report of one member is a page of its own", async ({ page }) => {
  await page.goto("/secretariat/reports");
  await page.getByLabel("Member", { exact: true }).selectOption({ label: "Colombia" });
  await page.getByRole("button", { name: "Open report" }).click();
  await expect(page).toHaveURL(/\/secretariat\/reports\/[a-z0-9-]+\?member=colombia$/);
  await expect(page.getByText("Member: Colombia")).toBeVisible();
  await expectNoAxeViolations(page);
});
