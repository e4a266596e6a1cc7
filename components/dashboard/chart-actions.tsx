"use client";

import { useEffect } from "react";
import { useLocale } from "next-intl";
import { chartSides } from "@/components/charts/chart-sides";

type Props = {
  /** The chart's section: its buttons are the `[data-chart-action]` inside it. */
  sectionId: string;
  /** What the image download draws: the figure ([data-legend-item] and [data-chart-drawing] svg), title, credits. */
  image: { figureId: string; filename: string; title: string; caption: string | null; credits: string[] };
};

/**
 * The enhancements of a chart's section, whose buttons the server writes (hidden, as they need JavaScript): copying a
 * link or the embed code, and downloading the chart as SVG or PNG, made in the browser from the drawing (the code that
 * makes it loads on the first click). One listener per section and nothing rendered: the page has no button
 * components to hydrate and draw again.
 */
export function ChartActions({ sectionId, image }: Props) {
  const sides = chartSides(useLocale());
  useEffect(() => {
    const section = document.getElementById(sectionId);
    if (!section) return;
    for (const item of section.querySelectorAll<HTMLElement>("[data-chart-action]")) {
      if (item.dataset.chartAction !== "copy" || navigator.clipboard) item.hidden = false;
    }
    const failed = section.querySelector<HTMLElement>("[data-chart-image-failed]");

    async function download(kind: "svg" | "png") {
      if (failed) failed.hidden = true;
      try {
        const { composeImage, save, toPng } = await import("./chart-image-compose");
        const credits = [...image.credits, window.location.href];
        const composed = await composeImage(image.figureId, image.title, image.caption, credits, sides);
        if (!composed) throw new Error("No drawing to export.");
        const svg = new Blob([composed.svg], { type: "image/svg+xml;charset=utf-8" });
        save(kind === "svg" ? svg : await toPng(svg, composed.width, composed.height), `${image.filename}.${kind}`);
      } catch {
        if (failed) failed.hidden = false;
      }
    }

    async function copy(button: HTMLElement) {
      const text = button.dataset.copyText ?? "";
      await navigator.clipboard.writeText(text.startsWith("/") ? new URL(text, window.location.href).href : text);
      const status = button.nextElementSibling;
      if (!(status instanceof HTMLElement)) return;
      status.textContent = button.dataset.copiedLabel ?? "";
      window.setTimeout(() => (status.textContent = ""), 2500);
    }

    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element).closest<HTMLElement>("button[data-chart-button]");
      if (!button || !section.contains(button)) return;
      const action = button.dataset.chartButton;
      if (action === "copy") void copy(button);
      else if (action === "svg" || action === "png") void download(action);
    };
    section.addEventListener("click", onClick);
    return () => section.removeEventListener("click", onClick);
  }, [sectionId, image, sides]);
  return null;
}
