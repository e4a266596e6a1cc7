import { describe, expect, it } from "vitest";
import { countryNameIn } from "./country-name";

describe("a meeting's country in the reader's language", () => {
  it("names a country typed by its common name in each language, from CLDR", () => {
    expect(countryNameIn("fr", "en", "Germany")).toBe("Allemagne");
    expect(countryNameIn("zh", "en", "United States")).toBe("美国");
    expect(countryNameIn("ru", "en", "germany ")).toBe("Германия");
    expect(countryNameIn("en", "fr", "Allemagne")).toBe("Germany");
  });

  it("shows any other text as it was entered", () => {
    expect(countryNameIn("fr", "en", "Fictional Country")).toBe("Fictional Country");
    expect(countryNameIn("ar", "en", "")).toBe("");
  });
});
