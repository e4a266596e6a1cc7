import { describe, expect, it } from "vitest";
import tailwindConfig from "@/tailwind.config";
import { STATUS_CATEGORIES } from "@/lib/domain/implementation-status";
import { STATUS_APPEARANCE } from "./status-appearance";

const tokens = (tailwindConfig.theme?.extend?.colors as { status: Record<string, string> }).status;
const tokenName = (category: string) => category.toLowerCase().replaceAll("_", "-");

describe("status appearance", () => {
  it("uses the status colour tokens of the design system", () => {
    for (const category of STATUS_CATEGORIES) {
      expect(STATUS_APPEARANCE[category].color).toBe(tokens[tokenName(category)]);
      expect(STATUS_APPEARANCE[category].swatchClass).toBe(`bg-status-${tokenName(category)}`);
    }
  });

  it("draws Not reported with a texture of its own, so silence never looks like a status", () => {
    const textures = STATUS_CATEGORIES.filter((c) => c !== "NOT_REPORTED").map((c) => STATUS_APPEARANCE[c].texture);
    expect(textures).not.toContain(STATUS_APPEARANCE.NOT_REPORTED.texture);
  });
});
