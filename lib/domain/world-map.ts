// The world map's geometry: world-atlas's 1:110m countries projected once (Equal Earth, which keeps areas true) into
// SVG path strings. Pure and independent of the data, so it is computed once per process and shared by every render.
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { alpha3FromNumeric } from "./iso-3166";

type MapCountryShape = {
  /** Stable key: the numeric id, or the atlas name for the features that have none (e.g. Kosovo, Somaliland). */
  key: string;
  /** Null for the features without an ISO code: they are drawn, but no member can match them. */
  iso3: string | null;
  /** The atlas's own (English, abbreviated) name; the UI names countries from the data instead. */
  atlasName: string;
  d: string;
};

export type WorldMap = { width: number; height: number; countries: MapCountryShape[] };

/** In SVG user units; the map scales to its container. Twice the usual size, so whole-unit coordinates are precise. */
export const MAP_WIDTH = 1920;
export const MAP_HEIGHT = 940;
/** Antarctica takes a fifth of the height and has no member: leaving it out gives the inhabited world more room. */
const LEFT_OUT = new Set(["010"]);

let cached: WorldMap | undefined;

export function worldMap(): WorldMap {
  cached ??= project();
  return cached;
}

function project(): WorldMap {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((country) => !LEFT_OUT.has(String(country.id)));
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: "FeatureCollection", features });
  const path = geoPath(projection).digits(0);
  const countries = features.flatMap((country): MapCountryShape[] => {
    const d = path(country);
    if (!d) return [];
    const id = country.id === undefined || country.id === null ? null : String(country.id);
    const atlasName = country.properties?.name ?? "";
    return [
      { key: id && id !== "-99" ? id : `name:${atlasName}`, iso3: alpha3FromNumeric(id), atlasName, d: relative(d) },
    ];
  });
  return { width: MAP_WIDTH, height: MAP_HEIGHT, countries };
}

/**
 * d3 writes absolute coordinates ("M12,34L15,30…Z"); relative line-tos ("M12 34l3 -4…z") draw the same shape in about
 * 40 % fewer bytes, which matters because the map is sent inline with the page.
 */
export function relative(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === "Z") {
      out += "z";
      continue;
    }
    const [nextX = 0, nextY = 0] = (args ?? "").split(",").map(Number);
    out += command === "M" ? `M${nextX} ${nextY}` : `l${nextX - x} ${nextY - y}`;
    x = nextX;
    y = nextY;
  }
  return out;
}
