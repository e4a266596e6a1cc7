// The map's country shapes, the same for every view, as one SVG file (app/world-map.svg/route.ts) that the page's map
// draws with <use>: the browser downloads and caches them once, instead of every dashboard carrying 66 KB of
// geometry twice (in its HTML and again in React's payload). Only the shading and the names stay in the page.
import { createHash } from "node:crypto";
import { worldMap } from "@/lib/domain/world-map";
import { element } from "@/lib/markup/svg-markup";

const PATH = "/world-map.svg";

type Shapes = { document: string; version: string };
let cached: Shapes | undefined;

function shapes(): Shapes {
  if (!cached) {
    const map = worldMap();
    const svg = element(
      "svg",
      { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${map.width} ${map.height}` },
      map.countries.map((shape, index) => element("path", { id: shapeId(index), d: shape.d })),
    );
    const document = `<?xml version="1.0" encoding="UTF-8"?>\n${svg.html}\n`;
    cached = { document, version: createHash("sha256").update(document).digest("base64url").slice(0, 12) };
  }
  return cached;
}

function shapeId(index: number): string {
  return `c${index}`;
}

/** The file of shapes; `version` is the one the page's links name (a new build with other shapes changes it). */
export function worldMapShapesDocument(): Shapes {
  return shapes();
}

/** Where the shape of `worldMap().countries[index]` is, for <use href>: versioned, so it can be cached for good. */
export function worldMapShapeHref(index: number): string {
  return `${PATH}?v=${shapes().version}#${shapeId(index)}`;
}
