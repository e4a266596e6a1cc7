"use client";

import { useState } from "react";
import { useLocale } from "next-intl";
import { chartSides } from "@/components/charts/chart-sides";
import { useHydrated } from "@/components/hooks/use-hydrated";

type Props = {
  /** The element holding the chart's legend ([data-legend-item]) and drawing ([data-chart-drawing] svg). */
  figureId: string;
  filename: string;
  title: string;
  /** Drawn under the title, highlighted: the demonstration-data note when the figures include such data. */
  caption: string | null;
  /** Source and "last updated" lines printed under the image; the page's address is added. */
  credits: string[];
  labels: { svg: string; png: string; failed: string };
};

/**
 * Downloads the chart exactly as drawn, as SVG or PNG: the drawing, with the title above it, the legend and the
 * credits below. Made in the browser from the rendered SVG, so it only appears when JavaScript runs (the CSV link
 * works without it); the code that makes it loads on the first click.
 */
export function ChartImageDownload({ figureId, filename, title, caption, credits, labels }: Props) {
  const [failed, setFailed] = useState(false);
  const ready = useHydrated();
  const sides = chartSides(useLocale());
  if (!ready) return null;

  async function download(kind: "svg" | "png") {
    setFailed(false);
    try {
      const { composeImage, save, toPng } = await import("./chart-image-compose");
      const image = await composeImage(figureId, title, caption, [...credits, window.location.href], sides);
      if (!image) throw new Error("No drawing to export.");
      const svgBlob = new Blob([image.svg], { type: "image/svg+xml;charset=utf-8" });
      save(kind === "svg" ? svgBlob : await toPng(svgBlob, image.width, image.height), `${filename}.${kind}`);
    } catch {
      setFailed(true);
    }
  }

  const button = "rounded border border-ink-subtle bg-paper px-2 py-0.5 text-sm hover:bg-paper-sunken";
  return (
    <>
      <li>
        <button type="button" className={button} onClick={() => void download("svg")}>
          {labels.svg}
        </button>
      </li>
      <li>
        <button type="button" className={button} onClick={() => void download("png")}>
          {labels.png}
        </button>
      </li>
      {failed && (
        <li role="alert" className="text-danger">
          {labels.failed}
        </li>
      )}
    </>
  );
}
