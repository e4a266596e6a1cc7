import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Cuts a face of a large font down to the characters one image draws, with HarfBuzz's subsetter (harfbuzzjs's
 * WebAssembly build): a Chinese card needs a few dozen of the 45,000 glyphs of Noto Sans CJK, and next/og (satori)
 * parses every font it is given, so it gets ~10 KB instead of 19 MB. The font file is copied into HarfBuzz's memory
 * once per process; each subset then takes milliseconds.
 */
export type FaceSubsetter = (codePoints: Iterable<number>) => Uint8Array;

/** Tables satori does not read (it lays out horizontally, with the face's own cmap): dropping them keeps it small. */
const UNUSED_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"];
const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

type HarfBuzzSubset = {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
};

// The package ships the WebAssembly beside its JavaScript; the server and the tests run from the project's root.
const WASM_FILE = path.join(process.cwd(), "node_modules", "harfbuzzjs", "dist", "harfbuzz-subset.wasm");

let harfBuzz: Promise<HarfBuzzSubset> | undefined;

function loadHarfBuzz(): Promise<HarfBuzzSubset> {
  harfBuzz ??= readFile(/*turbopackIgnore: true*/ WASM_FILE)
    .then((wasm) => WebAssembly.instantiate(Uint8Array.from(wasm)))
    .then(({ instance }) => {
      const exports = instance.exports as unknown as HarfBuzzSubset;
      exports._initialize();
      return exports;
    });
  return harfBuzz;
}

/** A subsetter for face `faceIndex` of `font` (a .ttc holds several), which it keeps for the life of the process. */
export async function faceSubsetter(font: Uint8Array, faceIndex: number): Promise<FaceSubsetter> {
  const hb = await loadHarfBuzz();
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, faceIndex);
  hb.hb_blob_destroy(blob);

  return (codePoints) => {
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error("HarfBuzz could not create a subset input");
    try {
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const code of codePoints) hb.hb_set_add(unicodes, code);
      const dropped = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      for (const table of UNUSED_TABLES) hb.hb_set_add(dropped, tagNumber(table));
      const flags = hb.hb_subset_input_get_flags(input);
      hb.hb_subset_input_set_flags(input, flags | HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
      const subset = hb.hb_subset_or_fail(face, input);
      if (subset === 0) throw new Error("HarfBuzz could not subset the font");
      const result = hb.hb_face_reference_blob(subset);
      const at = hb.hb_blob_get_data(result, 0);
      // Copied out: the view of HarfBuzz's memory is detached whenever that memory grows.
      const bytes = new Uint8Array(hb.memory.buffer).slice(at, at + hb.hb_blob_get_length(result));
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
      return bytes;
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  };
}

function tagNumber(tag: string): number {
  return [...tag].reduce((value, char) => ((value << 8) | char.charCodeAt(0)) >>> 0, 0);
}
