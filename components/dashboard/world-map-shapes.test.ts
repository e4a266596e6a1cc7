import { describe, expect, it } from "vitest";
import { worldMap } from "@/lib/domain/world-map";
import { worldMapShapeHref, worldMapShapesDocument } from "./world-map-shapes";

describe("the map's shared file of shapes", () => {
  const { document, version } = worldMapShapesDocument();

  it("holds every country's shape under the id the map's <use> names, in the current version", () => {
    const countries = worldMap().countries;
    const ids = new Set([...document.matchAll(/<path id='([^']+)' d='([^']+)'/g)].map((match) => match[1]));
    expect(ids.size).toBe(countries.length);
    countries.forEach((country, index) => {
      const href = worldMapShapeHref(index);
      expect(href).toMatch(new RegExp(`^/world-map\\.svg\\?v=${version}#`));
      const id = href.split("#")[1]!;
      expect(ids.has(id)).toBe(true);
      expect(document).toContain(`<path id='${id}' d='${country.d}'>`);
    });
  });

  it("is a standalone SVG drawn in the map's frame", () => {
    const map = worldMap();
    expect(document).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns='http:\/\/www.w3.org\/2000\/svg'/);
    expect(document).toContain(`viewBox='0 0 ${map.width} ${map.height}'`);
  });
});
