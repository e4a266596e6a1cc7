import { describe, expect, it } from "vitest";
import { filterChips } from "./filter-chips";

describe("filter chips", () => {
  it("link each filter in force to the view without it, keeping the others and the measure", () => {
    const chips = filterChips(
      "/",
      ["theme", "year", "status"],
      { theme: "localisation", year: 2018 },
      { measure: "completed" },
    );
    expect(chips).toEqual([
      { key: "theme", href: "/?year=2018&measure=completed" },
      { key: "year", href: "/?theme=localisation&measure=completed" },
    ]);
  });

  it("link the last filter to the bare page, and show none when nothing is filtered", () => {
    expect(filterChips("/", ["theme"], { theme: "localisation" })).toEqual([{ key: "theme", href: "/" }]);
    expect(filterChips("/", ["theme", "year"], {})).toEqual([]);
  });

  it("encode values safely", () => {
    const [chip] = filterChips("/x", ["a", "b"], { a: "1", b: "x&y=<z>" });
    expect(chip?.href).toBe("/x?b=x%26y%3D%3Cz%3E");
  });
});
