// The PDF report is printed by Chromium (lib/reporting/render-report-pdf.ts) from the report page in the language
// asked for. Arabic must come out joined, shaped and right to left, and Chinese with its own glyphs, not boxes: with
// the site's font stack (tailwind.config.ts) the text pdftotext extracts is the title and the figures as written.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createFormatter, createTranslator } from "next-intl";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import tailwindConfig from "@/tailwind.config";
import { env } from "@/lib/env";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { CHROMIUM_ARGS } from "@/lib/chromium-args";

const fontStack = (tailwindConfig.theme?.extend?.fontFamily as { sans: string[] }).sans
  .map((font) => (font.includes(" ") ? `'${font}'` : font))
  .join(", ");

/**
 * The text as pdftotext reads it, without its bidirectional marks (U+202A–U+202E). pdftotext gives each lam-alef
 * ligature's two letters in the order they are drawn ("لا" comes out as "ال"), so expected Arabic is compared in the
 * same reading.
 */
const extracted = (text: string) => text.replace(/[\u202a-\u202e]/g, "");
const asPdftotextReadsLigatures = (arabic: string) => arabic.replace(/ل([اأإآ])/g, "$1ل");

async function printReportHeading(
  locale: Locale,
): Promise<{ text: string; fonts: string; title: string; figures: string[] }> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "reporting.report" });
  const format = createFormatter({ locale, timeZone: "UTC" });
  const title = t("title", { cycle: "2026" });
  const figures = [format.number(1234), format.number(0.75, { style: "percent" })];
  const html = `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><meta charset="utf-8">
    <body style="font-family: ${fontStack}"><h1>${title}</h1><p>${figures.join(" · ")}</p></body></html>`;
  const browser = await chromium.launch({ executablePath: env.CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "report-pdf-")), `${locale}.pdf`);
    fs.writeFileSync(file, await page.pdf({ format: "A4" }));
    return {
      text: extracted(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })),
      fonts: execFileSync("pdffonts", [file], { encoding: "utf8" }),
      title,
      figures,
    };
  } finally {
    await browser.close();
  }
}

describe("the PDF report's fonts", () => {
  it("print the Arabic title and figures so that pdftotext reads them back, in an Arabic font", async () => {
    const { text, fonts, title, figures } = await printReportHeading("ar");
    expect(title).toContain("دورة الإبلاغ");
    expect(text).toContain(asPdftotextReadsLigatures(title));
    for (const figure of figures) expect(text).toContain(figure);
    expect(fonts).toMatch(/Noto(Sans|Naskh)Arabic/);
  }, 60_000);

  it("print the Chinese title and figures so that pdftotext reads them back", async () => {
    // Chromium embeds the CJK font (a TrueType collection) as Type 3 glyphs, unnamed: the text is the proof.
    const { text, title, figures } = await printReportHeading("zh");
    expect(title).toContain("报告周期");
    expect(text).toContain(title);
    for (const figure of figures) expect(text).toContain(figure);
  }, 60_000);
});
