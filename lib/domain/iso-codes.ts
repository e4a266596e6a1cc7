// Validation of the ISO 3166-1 alpha-3 codes members carry (a map needs the real code, not any three letters).
// The list itself lives in ./iso-3166.ts; this module answers "is this a code we can put on the map?".
import { alpha2FromAlpha3 } from "./iso-3166";

const ALPHA3_SHAPE = /^[A-Z]{3}$/;

/** The code as a person might type it (" swe "), in the stored form ("SWE"). */
export function normaliseIsoAlpha3(input: string): string {
  return input.trim().toUpperCase();
}

/** True for an officially assigned alpha-3 code, written in capitals ("SWE"); false for "swe", "XXX" or "SE". */
export function isIsoAlpha3(code: string): boolean {
  return ALPHA3_SHAPE.test(code) && alpha2FromAlpha3(code) !== null;
}
