import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/testing/parse-csv";
import { chartTableToCsv } from "./chart-csv";

describe("chart CSV", () => {
  it("holds exactly the table: header, rows, footer, empty cells for no data", () => {
    const csv = chartTableToCsv({
      caption: "c",
      rowHeader: "Status",
      columns: [
        { key: "count", header: "Commitments", kind: "count" },
        { key: "share", header: "Share (%)", kind: "percent" },
      ],
      rows: [{ key: "a", label: "In progress", values: [2, null] }],
      footer: { key: "total", label: "Total", values: [2, 100] },
      note: null,
    });
    expect(parseCsv(csv)).toEqual([
      ["Status", "Commitments", "Share (%)"],
      ["In progress", "2", ""],
      ["Total", "2", "100"],
    ]);
  });

  it("neutralises labels that a spreadsheet would run as formulas", () => {
    const csv = chartTableToCsv({
      caption: "c",
      rowHeader: "Theme",
      columns: [{ key: "total", header: "Total", kind: "count" }],
      rows: [{ key: "x", label: '=HYPERLINK("http://evil")', values: [1] }],
      footer: null,
      note: null,
    });
    expect(parseCsv(csv)[1]?.[0]).toBe('\'=HYPERLINK("http://evil")');
  });

  it("ends with the demonstration note when the figures include demonstration data", () => {
    const csv = chartTableToCsv({
      caption: "c",
      rowHeader: "Status",
      columns: [{ key: "count", header: "Commitments", kind: "count" }],
      rows: [{ key: "a", label: "In progress", values: [2] }],
      footer: null,
      note: "Includes demonstration data.",
    });
    expect(parseCsv(csv)).toEqual([
      ["Status", "Commitments"],
      ["In progress", "2"],
      ["Includes demonstration data.", ""],
    ]);
  });
});
