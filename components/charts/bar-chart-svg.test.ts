import { describe, expect, it } from "vitest";
import { barChartMarkup } from "./bar-chart-svg";
import { chartSides } from "./chart-sides";
import { fragment } from "@/lib/markup/svg-markup";

const HOSTILE = "</text><script>alert(1)</script><text>";

const chart = (locale: string, direction: "bars" | "columns") => {
  const sides = chartSides(locale);
  return barChartMarkup({
    rows: [
      {
        key: "a",
        label: HOSTILE,
        endLabel: "7",
        segments: [
          { key: "done", name: "Done & dusted", value: 4, fill: "#1f7a3a", stroke: "#1f7a3a" },
          { key: "none", name: "None", value: 0, fill: "#8c96a0", stroke: "#8c96a0" },
          { key: "late", name: "Late", value: 3, fill: "#c2410c", stroke: "#c2410c" },
        ],
      },
    ],
    direction,
    height: 120,
    axisWidth: 200,
    endRoom: 40,
    gap: 0.2,
    defs: fragment(),
    label: `Chart of "${HOSTILE}"`,
    describedBy: "x-summary",
    rtl: sides.reversed,
    number: String,
    isolate: sides.label,
  }).html;
};

describe("barChartMarkup", () => {
  it("keeps a hostile category name as text: in the axis, in the tooltips and in the drawing's name", () => {
    for (const direction of ["bars", "columns"] as const) {
      const html = chart("en", direction);
      expect(html).not.toContain("<script");
      expect(html).toContain("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;text&gt;");
      expect(html).toContain("Done &amp; dusted: 4</title>");
      expect(html).toMatch(/^<svg [^>]*aria-label='Chart of &quot;&lt;\/text&gt;/);
    }
  });

  it("draws one bar segment per non-zero count, with the markers the page's tests and image export find", () => {
    const html = chart("en", "bars");
    expect(html.match(/<rect data-bar=''/g)).toHaveLength(2);
    expect(html).toContain("data-axis='category'");
    expect(html).toContain("data-axis='value'");
    expect(html).toMatch(/<text data-count=''[^>]*>7<\/text>/);
    expect(html).toContain("tabindex='0'");
    expect(html).toContain("aria-describedby='x-summary'");
  });

  it("right to left, anchors the count towards the start and isolates each label in its own direction", () => {
    const html = chart("ar", "bars");
    expect(html).toMatch(/<text data-count=''[^>]*text-anchor='end'/);
    expect(html).toContain("\u2068&lt;/text&gt;");
    expect(chart("en", "bars")).toMatch(/<text data-count=''[^>]*text-anchor='start'/);
  });
});
