import { cloneElement, isValidElement, type CSSProperties, type ReactNode } from "react";
import { visualArabic } from "./arabic-shaping";

/** Letters of the right-to-left scripts (Hebrew, Arabic and its supplements, Syriac, Thaana, N'Ko, presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LETTER = /\p{L}/u;

type Props = { children?: ReactNode; style?: CSSProperties };

/**
 * The card (its components already called: ./map-card-text.ts) with its Arabic text laid out right to left. next/og
 * (satori) lays a line's words out left to right whatever the direction, and measures an Arabic word letter by letter
 * while drawing it shaped. So each Arabic word is given shaped and in the order it is seen (./arabic-shaping.ts), and
 * a text whose first letter is Arabic becomes a row of its words that starts at the right and wraps, each run of
 * left-to-right words (a Latin name, and the numbers and signs between its words) kept together in its own order.
 * In a left-to-right text, a run of Arabic words is put in the order it is seen.
 */
export function layOutRightToLeft(node: ReactNode, fontSize = 16): ReactNode {
  if (typeof node === "string") return textLayout(node);
  if (Array.isArray(node)) return node.map((child: ReactNode) => layOutRightToLeft(child, fontSize));
  if (!isValidElement<Props>(node) || node.props.children === undefined) return node;
  const { children, style } = node.props;
  const size = typeof style?.fontSize === "number" ? style.fontSize : fontSize;
  const laid = layOutRightToLeft(children, size);
  return cloneElement(node, {
    ...(typeof children === "string" && typeof laid !== "string" && { style: flexBox(style, size) }),
    children: laid,
  });
}

function textLayout(text: string): ReactNode {
  if (!RTL_LETTER.test(text)) return text;
  const words = text.split(/\s+/).filter((word) => word !== "");
  const kinds = words.map((word) => (RTL_LETTER.test(word) ? "rtl" : LETTER.test(word) ? "ltr" : "neutral"));
  const first = kinds.find((kind) => kind !== "neutral");
  const runs = first === "rtl" ? runsOf(words, kinds, "ltr") : runsOf(words, kinds, "rtl");
  if (first !== "rtl") {
    return runs
      .map(({ words: run, kind }) => (kind === "rtl" ? run.map(visualArabic).reverse().join(" ") : run.join(" ")))
      .join(" ");
  }
  const items = runs.flatMap(({ words: run, kind }) => (kind === "ltr" ? [run.join(" ")] : run.map(visualArabic)));
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "row-reverse",
        flexWrap: "wrap",
        // Across the whole width a row of its parent leaves it, so that the text starts at the right.
        flexGrow: 1,
        alignItems: "center",
        columnGap: "0.25em",
      }}
    >
      {items.map((item, index) => (
        <div key={index} style={{ display: "flex" }}>
          {item}
        </div>
      ))}
    </div>
  );
}

/**
 * The words in runs: each run of `embedded` words (with the neutral ones between two of them: numbers, signs) apart
 * from the rest, where neutral words take the paragraph's direction.
 */
function runsOf(words: string[], kinds: string[], embedded: string): { words: string[]; kind: string }[] {
  const runs: { words: string[]; kind: string }[] = [];
  for (let i = 0; i < words.length;) {
    if (kinds[i] !== embedded) {
      runs.push({ words: [words[i++]!], kind: "paragraph" });
      continue;
    }
    let last = i;
    for (let j = i; j < words.length && (kinds[j] === embedded || kinds[j] === "neutral"); j++)
      if (kinds[j] === embedded) last = j;
    runs.push({ words: words.slice(i, last + 1), kind: embedded });
    i = last + 1;
  }
  return runs;
}

/**
 * next/og draws an element inside another only in a flex box: a text block becomes one, and its line clamp (which
 * only text has) a height that hides the lines beyond it.
 */
function flexBox(style: CSSProperties | undefined, fontSize: number): CSSProperties {
  if (style?.display === "flex") return style;
  const { lineClamp, lineHeight, ...rest } = style ?? {};
  const clampedHeight =
    typeof lineClamp === "number" && typeof lineHeight === "number"
      ? Math.round(lineClamp * lineHeight * fontSize)
      : undefined;
  return {
    ...rest,
    lineHeight,
    display: "flex",
    flexDirection: "column",
    ...(clampedHeight && { maxHeight: clampedHeight, overflow: "hidden" }),
  };
}
