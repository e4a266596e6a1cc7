import { describe, expect, it } from "vitest";
import { summaryItems } from "./error-summary";

describe("the error summary's items", () => {
  const describe1 = (path: string, codes: string[]) => codes.map((code) => ({ href: `#${path}`, text: code }));

  it("lists the form's fields in the form's order, then anything else as it came", () => {
    const errors = { slug: ["slug.taken"], form: ["form.stale"], name: ["name.required", "name.tooLong"] };
    expect(summaryItems(errors, describe1, ["name", "slug"]).map((item) => item.text)).toEqual([
      "name.required",
      "name.tooLong",
      "slug.taken",
      "form.stale",
    ]);
  });

  it("has nothing to list without errors", () => {
    expect(summaryItems(undefined, describe1)).toEqual([]);
    expect(summaryItems({ name: [] }, describe1)).toEqual([]);
  });
});
