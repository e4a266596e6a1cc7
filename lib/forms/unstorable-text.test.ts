import { describe, expect, it } from "vitest";
import { formHasUnstorableText, isStorableText, unstorableTextErrors } from "./unstorable-text";

describe("text PostgreSQL cannot store", () => {
  it("is a NUL character or half a surrogate pair; every other character is fine", () => {
    for (const text of ["a\u0000b", "\u0000", "tail \uD800", "\uDC00 head", "\uDC00\uD800"])
      expect(isStorableText(text)).toBe(false);
    for (const text of ["", "Plain", "\u200F\u202Erevers", "=SUM(A1)", "emoji 🙂", "\u0001\u001F\u007F", "ñ 中文 عربي"])
      expect(isStorableText(text)).toBe(true);
  });

  it("is looked for in every text field of a posted form, not in files", () => {
    const form = new FormData();
    form.append("title", "fine");
    form.append("upload", new Blob(["\u0000"]));
    expect(formHasUnstorableText(form)).toBe(false);
    form.append("hidden", "x\u0000");
    expect(formHasUnstorableText(form)).toBe(true);
  });

  it("is reported at each field's own path, the way the forms address their fields", () => {
    const values = {
      narrative: "ok\u0000",
      status: "IN_PROGRESS",
      evidence: [
        { url: "https://example.org", label: "fine" },
        { url: "https://example.org/\uD800", label: "fine" },
      ],
      barriers: [
        { kind: "FUNDING", selected: true, detail: "no\u0000money" },
        { kind: "LEGAL", selected: false, detail: "" },
      ],
      milestones: [{ id: "", title: "x\u0000", dueDate: "", remove: false }],
    };
    expect(unstorableTextErrors(values)).toEqual({
      narrative: ["unstorableText"],
      "evidence.1.url": ["unstorableText"],
      "barriers.FUNDING": ["unstorableText"],
      "milestones.0.title": ["unstorableText"],
    });
    expect(unstorableTextErrors({ name: "Theme", slug: "" })).toEqual({});
    expect(unstorableTextErrors(undefined)).toEqual({});
  });
});
