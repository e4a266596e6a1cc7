// The accountability report's PDF in Arabic and in Chinese, asked for at the address of the language
// (/ar/secretariat/reports/<cycle>/pdf, issue 11 item 7): poppler's pdftotext reads back the report's title in that
// language and its headline figure as the report page in that language shows it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { messages } from "@/lib/i18n/messages";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

/** The text as pdftotext reads it: without bidirectional marks, each lam-alef's letters in the order drawn. */
const asRead = (text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, "");
const ligaturesAsRead = (arabic: string) => arabic.replace(/ل([اأإآ])/g, "$1ل");

for (const locale of ["ar", "zh"] as const) {
  test(`the report PDF at /${locale}/secretariat/reports/…/pdf is in ${locale}, with its figures`, async ({
    page,
    secretariat,
  }) => {
    await signIn(page, secretariat);
    // The latest closed cycle, found on the English list.
    await page.goto("/secretariat/reports");
    const closed = page
      .getByRole("listitem")
      .filter({ hasText: /\(closed on / })
      .first();
    const href = await closed.getByRole("link", { name: /^Report for / }).getAttribute("href");
    const slug = href!.match(/\/secretariat\/reports\/([^/?]+)/)![1]!;

    await page.goto(`/${locale}/secretariat/reports/${slug}`);
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    const figure = (await page.locator('[data-figure="commitments"] dd').first().innerText()).trim();

    const response = await page.request.get(`/${locale}/secretariat/reports/${slug}/pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "report-")), `${locale}.pdf`);
    fs.writeFileSync(file, await response.body());
    const text = asRead(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }));
    // The title's words, and the cycle's years (pdftotext writes a range inside Arabic in the order it is drawn).
    const words = messages[locale].reporting.report.title.replace("{cycle}", "").trim();
    expect(text).toContain(locale === "ar" ? ligaturesAsRead(words) : words);
    for (const year of title.match(/\d{4}/g) ?? []) expect(text).toContain(year);
    expect(text).toContain(figure);
  });
}
