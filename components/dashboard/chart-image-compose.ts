// The chart image the download buttons save (./chart-image-download.tsx): composed in the browser from the drawing
// on the page. Loaded only when a reader asks for an image, so the page's first load does not carry it.
import type { chartSides } from "@/components/charts/chart-sides";

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const PAD = 16;

type Sides = ReturnType<typeof chartSides>;

/** The image is laid out left to right like the drawing it holds; in right to left every line and legend item is
 * mirrored onto the right (`at`) and its text isolated in its reading direction (`sides.label`). */
export async function composeImage(
  figureId: string,
  title: string,
  caption: string | null,
  credits: string[],
  sides: Sides,
) {
  const figure = document.getElementById(figureId);
  const drawing = figure?.querySelector<SVGSVGElement>("[data-chart-drawing] svg");
  if (!figure || !drawing) return null;
  const box = drawing.getBoundingClientRect();
  // A bar chart's SVG is its plot, its axis labels drawn outside it in the padding of its frame: the image holds the
  // whole frame, the drawing placed where it stands in it.
  const frame = drawing.parentElement?.getBoundingClientRect() ?? box;
  const width = Math.max(480, Math.round(frame.width)) + PAD * 2;
  const measure = textMeasurer();
  const rtl = sides.direction === "rtl";
  /** The x of a box of width `w` placed `x` from the reading start. */
  const at = (x: number, w = 0) => (rtl ? width - x - w : x);
  const text = (x: number, y: number, content: string, size: number, weight?: string, fill?: string) =>
    svgText(at(x), y, sides.label(content), rtl ? "end" : "start", size, weight, fill);
  const parts: string[] = [];
  let y = PAD + 18;
  parts.push(text(PAD, y, title, 18, "600"));
  y += 14;
  if (caption) {
    // The image travels alone: the demonstration note is part of it, on a warning-coloured band under the title.
    parts.push(
      `<rect x="${PAD}" y="${y}" width="${width - PAD * 2}" height="24" rx="3" fill="#fff4e0" stroke="#8a5300"/>`,
    );
    parts.push(text(PAD + 8, y + 16, caption, 12, "600"));
    y += 36;
  }

  const chart = drawing.cloneNode(true) as SVGSVGElement;
  for (const attribute of ["tabindex", "role", "aria-label", "aria-describedby", "aria-labelledby", "class", "style"]) {
    chart.removeAttribute(attribute);
  }
  chart.setAttribute("x", String(at(PAD, Math.round(frame.width)) + Math.round(box.left - frame.left)));
  chart.setAttribute("y", String(y));
  chart.setAttribute("width", String(Math.round(box.width)));
  chart.setAttribute("height", String(Math.round(box.height)));
  await inlineSharedShapes(chart);
  parts.push(new XMLSerializer().serializeToString(chart));
  y += Math.round(box.height) + 16;

  // The legend, item by item: each swatch is itself an SVG (with its pattern), followed by its label.
  let x = PAD;
  for (const item of figure.querySelectorAll<HTMLElement>("[data-legend-item]")) {
    const swatch = item.querySelector("svg")?.cloneNode(true) as SVGSVGElement | undefined;
    const label = item.textContent?.trim() ?? "";
    const itemWidth = 20 + measure(label, 12) + 16;
    if (x + itemWidth > width - PAD && x > PAD) {
      x = PAD;
      y += 20;
    }
    if (swatch) {
      swatch.setAttribute("x", String(at(x, Number(swatch.getAttribute("width")) || 14)));
      swatch.setAttribute("y", String(y - 11));
      parts.push(new XMLSerializer().serializeToString(swatch));
    }
    parts.push(text(x + 20, y, label, 12));
    x += itemWidth;
  }
  y += 24;
  for (const line of credits) {
    parts.push(text(PAD, y, line, 11, "400", "#4a5560"));
    y += 16;
  }
  const height = y + PAD - 8;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" ` +
    `height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`;
  return { svg, width, height };
}

/**
 * The map draws its countries with <use> of a shared file of shapes (./world-map-shapes.ts); an image travels alone,
 * and one drawn into a canvas may load nothing, so each <use> becomes the path it names, with its fill and title.
 */
async function inlineSharedShapes(chart: SVGSVGElement) {
  const files = new Map<string, Promise<Document>>();
  const load = (file: string) => {
    let loaded = files.get(file);
    if (!loaded) {
      loaded = fetch(file)
        .then((response) => response.text())
        .then((text) => new DOMParser().parseFromString(text, "image/svg+xml"));
      files.set(file, loaded);
    }
    return loaded;
  };
  for (const use of chart.querySelectorAll("use")) {
    const [file, id] = (use.getAttribute("href") ?? "").split("#");
    if (!file || !id) continue; // a reference inside the drawing itself
    const shape = (await load(file)).getElementById(id);
    if (!shape) throw new Error(`No shape ${id} in ${file}.`);
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", shape.getAttribute("d") ?? "");
    for (const attribute of use.attributes)
      if (attribute.name !== "href") path.setAttribute(attribute.name, attribute.value);
    path.append(...use.childNodes);
    use.replaceWith(path);
  }
}

function svgText(
  x: number,
  y: number,
  content: string,
  anchor: "start" | "end",
  size: number,
  weight = "400",
  fill = "#1b1f24",
) {
  return (
    `<text x="${x}" y="${y}" text-anchor="${anchor}" font-size="${size}" font-weight="${weight}" fill="${fill}">` +
    `${escapeXml(content)}</text>`
  );
}

function escapeXml(value: string) {
  return value.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

function textMeasurer() {
  const context = document.createElement("canvas").getContext("2d");
  return (value: string, size: number) => {
    if (!context) return value.length * size * 0.6;
    context.font = `${size}px ${FONT}`;
    return context.measureText(value).width;
  };
}

export async function toPng(svg: Blob, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No canvas.");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("No PNG."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
