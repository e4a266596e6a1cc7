import { describe, expect, it } from "vitest";
import { pageLinks, pageMeta, slicePage } from "./pagination";

const self = new URL("https://tracker.example.org/api/v1/commitments?theme=localisation&page=2&per_page=10");

describe("pagination", () => {
  it("counts pages, with at least one", () => {
    expect(pageMeta(95, { page: 2, per_page: 10 })).toEqual({ total: 95, page: 2, per_page: 10, page_count: 10 });
    expect(pageMeta(0, { page: 1, per_page: 25 })).toEqual({ total: 0, page: 1, per_page: 25, page_count: 1 });
  });

  it("links the neighbouring pages, keeping the other parameters", () => {
    const links = pageLinks(self, pageMeta(95, { page: 2, per_page: 10 }));
    expect(links).toEqual({
      self: self.href,
      first: "https://tracker.example.org/api/v1/commitments?theme=localisation&page=1&per_page=10",
      last: "https://tracker.example.org/api/v1/commitments?theme=localisation&page=10&per_page=10",
      next: "https://tracker.example.org/api/v1/commitments?theme=localisation&page=3&per_page=10",
      prev: "https://tracker.example.org/api/v1/commitments?theme=localisation&page=1&per_page=10",
    });
  });

  it("has no next page on the last, and points a page past the end back to the last", () => {
    expect(pageLinks(self, pageMeta(20, { page: 2, per_page: 10 })).next).toBeNull();
    const past = pageLinks(self, pageMeta(20, { page: 9, per_page: 10 }));
    expect(past.next).toBeNull();
    expect(past.prev).toContain("page=2");
    expect(pageLinks(self, pageMeta(20, { page: 1, per_page: 10 })).prev).toBeNull();
  });

  it("slices a list in memory", () => {
    expect(slicePage([1, 2, 3, 4, 5], { page: 2, per_page: 2 })).toEqual([3, 4]);
    expect(slicePage([1, 2], { page: 3, per_page: 2 })).toEqual([]);
  });
});
