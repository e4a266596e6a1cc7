import { describe, expect, it } from "vitest";
import { formList, formText, formValues, nextSubmission } from "./form-data";

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("reading a posted form", () => {
  it("reads a field as text, and a missing field or a file as empty", () => {
    const data = form([
      ["name", "Sweden"],
      ["upload", new Blob(["x"])],
    ]);
    expect(formText(data, "name")).toBe("Sweden");
    expect(formText(data, "missing")).toBe("");
    expect(formText(data, "upload")).toBe("");
  });

  it("keeps repeated fields in order, a file standing as an empty row so the rows stay aligned", () => {
    const data = form([
      ["url", "https://a.example"],
      ["url", new Blob(["x"])],
      ["url", "https://c.example"],
    ]);
    expect(formList(data, "url")).toEqual(["https://a.example", "", "https://c.example"]);
  });

  it("shows what was typed again: each named field as text, a multiple choice joined by commas", () => {
    const data = form([
      ["title", "Berlin"],
      ["coOrganiserIds", "a"],
      ["coOrganiserIds", "b"],
      ["secret", "not kept"],
    ]);
    expect(formValues(data, ["title", "coOrganiserIds", "city"])).toEqual({
      title: "Berlin",
      coOrganiserIds: "a,b",
      city: "",
    });
  });
});

describe("counting submissions", () => {
  it("counts one more than the previous state", () => {
    expect(nextSubmission({ submission: 0 })).toBe(1);
    expect(nextSubmission({ submission: 41 })).toBe(42);
  });

  it("starts again at 1 when the previous state sent back by the browser is missing or made up", () => {
    for (const previous of [null, undefined, {}, { submission: -3 }, { submission: "7; drop" }, { submission: 1.5 }])
      expect(nextSubmission(previous)).toBe(1);
    expect(nextSubmission({ submission: Number.MAX_SAFE_INTEGER + 1 })).toBe(1);
  });
});
