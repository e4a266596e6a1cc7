import { worldMapShapesDocument } from "@/components/dashboard/world-map-shapes";

/**
 * GET /world-map.svg?v=…: the map's country shapes, which the dashboard's and the embedded map draw with <use>
 * (components/dashboard/world-map-shapes.ts). The version in the address changes with the shapes, so a browser keeps
 * the file for good; asked for by another version, it is not kept.
 */
export function GET(request: Request) {
  const { document, version } = worldMapShapesDocument();
  const current = new URL(request.url).searchParams.get("v") === version;
  return new Response(document, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    },
  });
}
