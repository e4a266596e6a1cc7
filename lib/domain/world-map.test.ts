import { describe, expect, it } from "vitest";
import { alpha2FromAlpha3, alpha3FromNumeric, numericFromAlpha3 } from "./iso-3166";
import { MAP_HEIGHT, MAP_WIDTH, relative, worldMap } from "./world-map";

describe("ISO 3166 codes", () => {
  it("map world-atlas's numeric ids to alpha-3 and back", () => {
    expect(alpha3FromNumeric("170")).toBe("COL");
    expect(alpha3FromNumeric("752")).toBe("SWE");
    expect(alpha3FromNumeric("004")).toBe("AFG");
    expect(alpha3FromNumeric(4)).toBe("AFG");
    expect(numericFromAlpha3("col")).toBe("170");
    expect(alpha2FromAlpha3("GBR")).toBe("GB");
  });

  it("match nothing for missing, -99 or unknown ids", () => {
    for (const id of [undefined, null, "-99", "", "999", "abc"]) expect(alpha3FromNumeric(id)).toBeNull();
    expect(numericFromAlpha3("XKX")).toBeNull();
  });
});

describe("the world map", () => {
  const map = worldMap();

  it("draws every country of the atlas but Antarctica, inside the frame", () => {
    expect(map).toMatchObject({ width: MAP_WIDTH, height: MAP_HEIGHT });
    expect(map.countries.length).toBeGreaterThan(170);
    expect(map.countries.find((country) => country.iso3 === "ATA")).toBeUndefined();
    expect(new Set(map.countries.map((country) => country.key)).size).toBe(map.countries.length);
  });

  it("knows every drawn country's ISO code, except the territories the atlas leaves without one", () => {
    const uncoded = map.countries.filter((country) => country.iso3 === null).map((country) => country.atlasName);
    expect(uncoded.sort()).toEqual(["Kosovo", "N. Cyprus", "Somaliland"]);
    for (const iso3 of ["COL", "SWE", "DEU", "NAM", "SLV", "GBR", "NOR", "HUN", "ESP"]) {
      expect(map.countries.find((country) => country.iso3 === iso3)?.d).toMatch(/^M/);
    }
  });
});

describe("relative paths", () => {
  it("draw the same points as d3's absolute ones", () => {
    expect(relative("M10,20L13,16L10,20ZM50,50L52,50Z")).toBe("M10 20l3 -4l-3 4zM50 50l2 0z");
  });
});
