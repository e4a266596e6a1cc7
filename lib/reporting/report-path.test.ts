import { describe, expect, it } from "vitest";
import { parseCookieHeader } from "./render-report-pdf";
import { parseReportScope, reportPath } from "./report-path";

describe("reportPath", () => {
  it("puts the scope in the query string", () => {
    expect(reportPath("2025-2026")).toBe("/secretariat/reports/2025-2026");
    expect(reportPath("2025-2026", { member: "colombia" }, "/pdf")).toBe(
      "/secretariat/reports/2025-2026/pdf?member=colombia",
    );
    expect(reportPath("2025-2026", { member: "colombia", theme: "localisation" })).toBe(
      "/secretariat/reports/2025-2026?member=colombia&theme=localisation",
    );
  });
});

describe("parseReportScope", () => {
  it("keeps well-formed slugs only", () => {
    expect(parseReportScope({ member: "colombia", theme: ["localisation", "x"] })).toEqual({
      member: "colombia",
      theme: "localisation",
    });
    expect(parseReportScope({ member: "../admin", theme: "" })).toEqual({ member: undefined, theme: undefined });
  });
});

describe("parseCookieHeader", () => {
  it("reads name=value pairs, keeping '=' inside values", () => {
    expect(parseCookieHeader("a=1; session=abc==; =bad; empty=")).toEqual([
      { name: "a", value: "1" },
      { name: "session", value: "abc==" },
      { name: "empty", value: "" },
    ]);
    expect(parseCookieHeader(null)).toEqual([]);
  });
});
