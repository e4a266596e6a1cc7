import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { element, escapeMarkup, fragment } from "@/lib/markup/svg-markup";

const HOSTILE = [
  "</title><script>alert(1)</script>",
  "' onmouseover='alert(1)",
  '" onmouseover="alert(1)',
  "Tom & Jerry &amp; &lt;b&gt;",
  "<!-- -->",
  "<![CDATA[x]]>",
  "الأمم المتحدة ‮ reversed",
];

/** What a browser reads back from escaped text: the five entities `escapeMarkup` writes, and nothing else. */
const unescape = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]!,
  );

describe("escapeMarkup", () => {
  it("leaves nothing that could end a text or an attribute, or start markup, and reads back as written", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE)), (text) => {
        const escaped = escapeMarkup(text);
        expect(escaped).not.toMatch(/[<>"']/);
        // Every & begins one of the entities written here, so no & of the data is read as the start of another.
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
        expect(unescape(escaped)).toBe(text);
      }),
    );
  });
});

describe("element", () => {
  it("escapes a hostile name in a title and in an attribute, so it stays text inside its element", () => {
    for (const name of HOSTILE) {
      const html = element("rect", { "data-name": name, width: 3 }, element("title", {}, name)).html;
      const match = /^<rect data-name='([^']*)' width='3'><title>([^<]*)<\/title><\/rect>$/.exec(html);
      expect(match, html).not.toBeNull();
      expect(unescape(match![1]!)).toBe(name);
      expect(unescape(match![2]!)).toBe(name);
    }
  });

  it("puts markup it made as is, escapes text once, and leaves out null, undefined and false", () => {
    const inner = element("tspan", { dx: 0 }, "a & b");
    expect(
      element("text", { x: "100%", dy: undefined, hidden: false, y: null }, inner, null, false, ["<c>"]).html,
    ).toBe("<text x='100%'><tspan dx='0'>a &amp; b</tspan>&lt;c&gt;</text>");
    expect(fragment(inner, "&").html).toBe("<tspan dx='0'>a &amp; b</tspan>&amp;");
  });

  it("refuses element and attribute names that are not plain names", () => {
    expect(() => element("g onload=alert(1)", {})).toThrow();
    expect(() => element("g", { "x='1' onload": 1 })).toThrow();
  });
});
