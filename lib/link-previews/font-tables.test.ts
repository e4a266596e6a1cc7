// Reads Debian's Noto fonts (fonts-noto-core, fonts-noto-cjk: installed by .ci/run), which preview images use.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codePointsOf, faceOffsets, postScriptName } from "./font-tables";
import { faceSubsetter } from "./font-subset";

const read = (file: string) => new Uint8Array(readFileSync(file));
const sans = read("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
const cjk = read("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
const has = (set: Set<number>, text: string) => [...text].every((char) => set.has(char.codePointAt(0)!));

describe("font tables", () => {
  it("read a font's name and the characters it draws", () => {
    expect(faceOffsets(sans)).toEqual([0]);
    expect(postScriptName(sans, 0)).toBe("NotoSans-Regular");
    const covered = codePointsOf(sans);
    expect(has(covered, "Latin éàç Кириллица \ufffd")).toBe(true);
    expect(covered.has("中".codePointAt(0)!)).toBe(false);
    expect(covered.has("ع".codePointAt(0)!)).toBe(false);
  });

  it("find the Simplified Chinese face in Noto CJK's collection", () => {
    const names = faceOffsets(cjk).map((offset) => postScriptName(cjk, offset));
    expect(names).toContain("NotoSansCJKsc-Regular");
    const sc = faceOffsets(cjk)[names.indexOf("NotoSansCJKsc-Regular")]!;
    expect(has(codePointsOf(cjk, sc), "妇女、和平与安全：承诺")).toBe(true);
  });
});

describe("font subsets", () => {
  it("cut the Chinese face down to the characters asked for, a few kilobytes that still read as a font", async () => {
    const names = faceOffsets(cjk).map((offset) => postScriptName(cjk, offset));
    const subset = (await faceSubsetter(cjk, names.indexOf("NotoSansCJKsc-Regular")))(
      [..."和平与安全"].map((char) => char.codePointAt(0)!),
    );
    expect(subset.byteLength).toBeLessThan(20_000);
    const byCode = (a: number, b: number) => a - b;
    expect([...codePointsOf(subset)].sort(byCode)).toEqual(
      [..."和平与安全"].map((c) => c.codePointAt(0)!).sort(byCode),
    );
    expect(postScriptName(subset, 0)).toBe("NotoSansCJKsc-Regular");
  });
});
