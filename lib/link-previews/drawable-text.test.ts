import { describe, expect, it } from "vitest";
import { drawableText } from "./drawable-text";

const codes = (text: string) => new Set([...text].map((char) => char.codePointAt(0)!));
const latin = codes("abcdefghijklmnopqrstuvwxyz \u00e9\u0301\ufffd");
const chinese = codes("中文");

describe("drawableText", () => {
  it("keeps every grapheme one of the fonts draws, in the fonts' order", () => {
    expect(drawableText("abc 中文", [latin, chinese])).toBe("abc 中文");
    expect(drawableText("line\nnext\tcell", [latin])).toBe("line\nnext\tcell");
  });

  it("replaces a character no font has, which next/og would otherwise go and fetch a font for", () => {
    expect(drawableText("a🙂b\u{e000}c", [latin, chinese])).toBe("a\ufffdb\ufffdc");
    expect(drawableText("日文", [latin, chinese])).toBe("\ufffd文");
  });

  it("drops invisible formatting no font has instead of showing a replacement for it", () => {
    expect(drawableText("a\u2068b\u2069c", [latin])).toBe("abc");
  });

  it("draws a grapheme with the font of its first character, as satori does, or not at all", () => {
    // "e" + combining acute: Latin has both. "中" + combining acute: the Chinese font lacks the accent.
    expect(drawableText("e\u0301", [latin, chinese])).toBe("e\u0301");
    expect(drawableText("中\u0301", [latin, chinese])).toBe("\ufffd");
  });

  it("keeps satori's choice per UTF-16 unit, so a character sharing a surrogate with an earlier one is checked there", () => {
    const first = new Set([0x20000]);
    const second = new Set([0x20001, 0xfffd]);
    expect(drawableText("\u{20001}", [first, second])).toBe("\u{20001}");
    expect(drawableText("\u{20000}\u{20001}", [first, second])).toBe("\u{20000}\ufffd");
  });

  it("leaves out what cannot be drawn when no font has the replacement character either", () => {
    expect(drawableText("a🙂", [codes("a")])).toBe("a");
  });
});
