// Preview images draw every language's letters from the fonts on disk (./preview-fonts.ts) and never fetch one: two
// titles of as many characters in the same script give two different images only when their glyphs are really drawn
// (a missing glyph is the same empty box whatever the character), and next/og's font download (fonts.googleapis.com)
// is never called.
import { createElement } from "react";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { PreviewCard } from "@/components/link-previews/preview-card";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { previewImageResponse } from "./preview-image-response";

const realFetch = globalThis.fetch;
let fetchSpy: MockInstance<typeof fetch>;
// next/og loads its own WebAssembly from data: addresses; anything else would be a request to the network.
const addressOf = (input: Parameters<typeof fetch>[0]) => (input instanceof Request ? input.url : String(input));
const networkRequests = () =>
  fetchSpy.mock.calls.map(([input]) => addressOf(input)).filter((address) => !address.startsWith("data:"));
beforeEach(() => {
  fetchSpy = vi
    .spyOn(globalThis, "fetch")
    .mockImplementation((input, init) =>
      addressOf(input).startsWith("data:")
        ? realFetch(input, init)
        : Promise.reject(new Error("no network for preview images")),
    );
});
afterEach(() => {
  fetchSpy.mockRestore();
});

async function preview(locale: Locale, title: string): Promise<Buffer> {
  const card = createElement(PreviewCard, {
    siteName: messages[locale].common.appName,
    host: "wps-tracker.example.org",
    title,
  });
  const response = await previewImageResponse(card, locale);
  expect(response.headers.get("content-type")).toBe("image/png");
  return Buffer.from(await response.arrayBuffer());
}

describe("preview images", () => {
  it.each([
    ["zh", "妇女、和平与安全国家行动计划", "性别平等与赋权妇女倡议计划书"],
    ["ar", "خطة العمل الوطنية للمرأة والسلام", "مبادرة المساواة بين الجنسين والتمكين"],
    ["ru", "Национальный план действий", "Гендерное равенство и участие"],
  ] as const)("draw %s titles with their own glyphs, fetching no font", async (locale, title, other) => {
    const [drawn, otherDrawn] = [await preview(locale, title), await preview(locale, other)];
    expect(drawn.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(drawn.equals(otherDrawn)).toBe(false);
    expect(networkRequests()).toEqual([]);
  });

  it("draw a character no font has (an emoji, a private-use one) as a replacement, fetching nothing", async () => {
    const drawn = await preview("en", "Plan 🙂 \u{e000} ✓ 中文 السلام");
    expect(drawn.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(networkRequests()).toEqual([]);
  });
});
