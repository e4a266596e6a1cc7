import { createElement, isValidElement, type CSSProperties, type ReactElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { visualArabic } from "./arabic-shaping";
import { layOutRightToLeft } from "./right-to-left-text";

type Props = { children?: ReactNode; style?: CSSProperties };
const itemsOf = (row: ReactNode) =>
  ((row as ReactElement<Props>).props.children as ReactElement<Props>[]).map((item) => item.props.children);

describe("layOutRightToLeft", () => {
  it("leaves text without Arabic as it is", () => {
    expect(layOutRightToLeft("Plan d’action national, 2019–2023")).toBe("Plan d’action national, 2019–2023");
  });

  it("puts a run of Arabic words inside left-to-right text in the order they are seen", () => {
    expect(layOutRightToLeft("Start المرأة والسلام End")).toBe(
      `Start ${visualArabic("والسلام")} ${visualArabic("المرأة")} End`,
    );
  });

  it("lays Arabic text out as a row from the right, a Latin name kept whole and in its order", () => {
    const row = layOutRightToLeft("خطة العمل Women, Peace and Security 2018");
    expect(isValidElement(row)).toBe(true);
    expect((row as ReactElement<Props>).props.style).toMatchObject({ flexDirection: "row-reverse", flexWrap: "wrap" });
    expect(itemsOf(row)).toEqual([visualArabic("خطة"), visualArabic("العمل"), "Women, Peace and Security", "2018"]);
  });

  it("turns the text block holding it into a flex box that keeps the clamp's height", () => {
    const title = createElement(
      "div",
      { style: { display: "block", fontSize: 40, lineHeight: 1.15, lineClamp: 3 } },
      "خطة العمل",
    );
    const laid = layOutRightToLeft(createElement("div", { style: { display: "flex" } }, title)) as ReactElement<Props>;
    const block = laid.props.children as ReactElement<Props>;
    expect(block.props.style).toMatchObject({ display: "flex", maxHeight: 138, overflow: "hidden" });
    expect(itemsOf(block.props.children)).toEqual([visualArabic("خطة"), visualArabic("العمل")]);
  });
});
