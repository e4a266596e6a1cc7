import { describe, expect, it } from "vitest";
import { defaultSort, parseSort, sortChoices, sortParam } from "./explorer-sort";

describe("parseSort", () => {
  it("takes a known sort from the URL", () => {
    expect(parseSort("title", false)).toBe("title");
    expect(parseSort("updated", true)).toBe("updated");
    expect(parseSort(["status", "title"], false)).toBe("status");
  });

  it("sorts by relevance while searching, by member otherwise, unless told otherwise", () => {
    expect(parseSort(undefined, true)).toBe("relevance");
    expect(parseSort(undefined, false)).toBe("member");
    expect(defaultSort(true)).toBe("relevance");
  });

  it("ignores relevance without search words, and anything unknown or hostile", () => {
    expect(parseSort("relevance", false)).toBe("member");
    for (const value of [
      "",
      "TITLE",
      "title; DROP TABLE commitments",
      "c.title DESC",
      "__proto__",
      "x".repeat(10_000),
    ]) {
      expect(parseSort(value, false)).toBe("member");
      expect(parseSort(value, true)).toBe("relevance");
    }
  });
});

describe("sortChoices and sortParam", () => {
  it("offers relevance only while searching", () => {
    expect(sortChoices(false)).not.toContain("relevance");
    expect(sortChoices(true)[0]).toBe("relevance");
  });

  it("leaves the default out of the URL", () => {
    expect(sortParam("member", false)).toBeUndefined();
    expect(sortParam("relevance", true)).toBeUndefined();
    expect(sortParam("member", true)).toBe("member");
    expect(sortParam("title", false)).toBe("title");
  });
});
