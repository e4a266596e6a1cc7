import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "./evidence-url";

describe("safeHttpUrl", () => {
  it("accepts absolute http and https URLs", () => {
    expect(safeHttpUrl("https://example.org/report.pdf")).toBe("https://example.org/report.pdf");
    expect(safeHttpUrl(" http://example.org ")).toBe("http://example.org/");
  });

  it("refuses every other scheme and relative or malformed URLs", () => {
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<script>alert(1)</script>")).toBeNull();
    expect(safeHttpUrl("ftp://example.org/file")).toBeNull();
    expect(safeHttpUrl("/relative/path")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
  });
});
