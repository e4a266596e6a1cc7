import { describe, expect, it } from "vitest";
import { contentDisposition, exportFilename, filenamePart, secretariatExportFilename } from "./export-filename";

const DAY = new Date("2026-11-29T23:59:59Z");

describe("exportFilename", () => {
  it("names a file after what it holds and the UTC day", () => {
    expect(exportFilename("commitments", [], DAY, "xlsx")).toBe("wps-commitments-2026-11-29.xlsx");
    expect(exportFilename("report", ["2025-2026", "colombia", null, undefined], DAY, "pdf")).toBe(
      "wps-report-2025-2026-colombia-2026-11-29.pdf",
    );
  });

  it.each([
    ['a"; filename="evil.exe', "a-filename-evil-exe"],
    ["../../etc/passwd", "etc-passwd"],
    ["line\r\nSet-Cookie: x=1", "line-set-cookie-x-1"],
    ["Côte d’Ivoire", "cote-d-ivoire"],
    ["日本", ""],
    ["a".repeat(200), "a".repeat(60)],
  ])("reduces %j to safe characters", (value, expected) => {
    expect(filenamePart(value)).toBe(expected);
  });

  it("never lets a qualifier add quotes, separators or line breaks", () => {
    const name = exportFilename("commitments", ['x"\r\n/\\;', "日本"], DAY, 'c"sv');
    expect(name).toBe("wps-commitments-x-2026-11-29.c-sv");
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
});

describe("secretariatExportFilename", () => {
  it("says which scope the file holds, so the two exports of a day have different names", () => {
    expect(secretariatExportFilename("public", {}, DAY, "csv")).toBe("wps-commitments-public-2026-11-29.csv");
    expect(secretariatExportFilename("all", {}, DAY, "csv")).toBe("wps-commitments-everything-2026-11-29.csv");
    expect(secretariatExportFilename("all", { member: "colombia", theme: "training" }, DAY, "xlsx")).toBe(
      "wps-commitments-everything-colombia-training-2026-11-29.xlsx",
    );
  });
});

describe("contentDisposition", () => {
  it("carries the name as filename and as RFC 5987 filename*", () => {
    expect(contentDisposition("wps-commitments-2026-11-29.csv")).toBe(
      `attachment; filename="wps-commitments-2026-11-29.csv"; filename*=UTF-8''wps-commitments-2026-11-29.csv`,
    );
  });

  it("sanitises again whatever it is given", () => {
    const header = contentDisposition('evil"\r\nX-Injected: 1.csv', "inline");
    expect(header).not.toMatch(/[\r\n"]\s*X-Injected/);
    expect(header).toBe(`inline; filename="evil___X-Injected__1.csv"; filename*=UTF-8''evil___X-Injected__1.csv`);
    expect(contentDisposition("..hidden")).toContain('filename="_hidden"');
  });
});
