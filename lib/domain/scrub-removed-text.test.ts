import { describe, expect, it } from "vitest";
import { scrubRemovedText } from "./scrub-removed-text";

describe("scrubRemovedText", () => {
  it("empties every copy of a removed text, however deep, and leaves the rest as it was", () => {
    const stored = {
      reviewState: "SUBMITTED",
      version: 3,
      narrative: "The shelter in Tal Abyad sheltered Amina.",
      evidence: [
        { url: "https://example.org/private.pdf", label: "Names of survivors", secretariatOnly: false },
        { url: "https://example.org/public.pdf", label: null, secretariatOnly: false },
      ],
      history: [["The shelter in Tal Abyad sheltered Amina."]],
    };
    const scrubbed = scrubRemovedText(stored, [
      "The shelter in Tal Abyad sheltered Amina.",
      "https://example.org/private.pdf",
      "Names of survivors",
    ]);
    expect(scrubbed).toEqual({
      reviewState: "SUBMITTED",
      version: 3,
      narrative: "",
      evidence: [
        { url: "", label: "", secretariatOnly: false },
        { url: "https://example.org/public.pdf", label: null, secretariatOnly: false },
      ],
      history: [[""]],
    });
    expect(JSON.stringify(scrubbed)).not.toContain("Amina");
  });

  it("never empties text because an empty string was removed", () => {
    expect(scrubRemovedText({ narrative: "Kept", label: "" }, [""])).toEqual({ narrative: "Kept", label: "" });
  });
});
