// The two facts preview images need from a font file, read from its OpenType tables: which face of a collection
// (.ttc) is the one wanted, and which characters a face has glyphs for. Only what Noto's files use is read.

/** Where each face's table directory starts: one face in a .ttf/.otf, several in a .ttc. */
export function faceOffsets(font: Uint8Array): number[] {
  const view = viewOf(font);
  if (tag(view, 0) !== "ttcf") return [0];
  const count = view.getUint32(8);
  return Array.from({ length: count }, (_, i) => view.getUint32(12 + 4 * i));
}

/** The face's PostScript name (name ID 6), e.g. "NotoSansCJKsc-Regular". */
export function postScriptName(font: Uint8Array, faceOffset: number): string | undefined {
  const view = viewOf(font);
  const table = tableOffset(view, faceOffset, "name");
  if (table === undefined) return undefined;
  const count = view.getUint16(table + 2);
  const strings = table + view.getUint16(table + 4);
  for (let i = 0; i < count; i++) {
    const record = table + 6 + 12 * i;
    const platform = view.getUint16(record);
    const [nameId, length, offset] = [
      view.getUint16(record + 6),
      view.getUint16(record + 8),
      view.getUint16(record + 10),
    ];
    if (nameId !== 6 || (platform !== 3 && platform !== 1)) continue;
    const bytes = font.subarray(strings + offset, strings + offset + length);
    // Windows names are UTF-16BE; Macintosh ones (platform 1) are single-byte and ASCII for PostScript names.
    return platform === 3
      ? String.fromCharCode(...Array.from({ length: length / 2 }, (_, j) => (bytes[2 * j]! << 8) | bytes[2 * j + 1]!))
      : String.fromCharCode(...bytes);
  }
  return undefined;
}

/** The characters the face maps to a glyph (its Unicode cmap subtable, format 4 or 12). */
export function codePointsOf(font: Uint8Array, faceOffset = 0): Set<number> {
  const view = viewOf(font);
  const covered = new Set<number>();
  const cmap = tableOffset(view, faceOffset, "cmap");
  if (cmap === undefined) return covered;
  const subtables = Array.from({ length: view.getUint16(cmap + 2) }, (_, i) => ({
    platform: view.getUint16(cmap + 4 + 8 * i),
    encoding: view.getUint16(cmap + 6 + 8 * i),
    at: cmap + view.getUint32(cmap + 8 + 8 * i),
  })).filter(({ platform, encoding }) => platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)));
  // The full-repertoire table (format 12) when there is one, else the BMP one (format 4).
  const best =
    subtables.find(({ at }) => view.getUint16(at) === 12) ?? subtables.find(({ at }) => view.getUint16(at) === 4);
  if (best?.at === undefined) return covered;
  if (view.getUint16(best.at) === 12) {
    const groups = view.getUint32(best.at + 12);
    for (let i = 0; i < groups; i++) {
      const group = best.at + 16 + 12 * i;
      const [start, end, glyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
      for (let code = start; code <= end; code++) if (glyph + code - start !== 0) covered.add(code);
    }
    return covered;
  }
  const segments = view.getUint16(best.at + 6) / 2;
  const ends = best.at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let i = 0; i < segments; i++) {
    const [start, end] = [view.getUint16(starts + 2 * i), view.getUint16(ends + 2 * i)];
    const [delta, rangeOffset] = [view.getUint16(deltas + 2 * i), view.getUint16(rangeOffsets + 2 * i)];
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const glyph =
        rangeOffset === 0
          ? (code + delta) & 0xffff
          : glyphAt(view, rangeOffsets + 2 * i + rangeOffset + 2 * (code - start), delta);
      if (glyph !== 0) covered.add(code);
    }
  }
  return covered;
}

function glyphAt(view: DataView, at: number, delta: number): number {
  const glyph = view.getUint16(at);
  return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
}

function tableOffset(view: DataView, faceOffset: number, wanted: string): number | undefined {
  const tables = view.getUint16(faceOffset + 4);
  for (let i = 0; i < tables; i++) {
    const record = faceOffset + 12 + 16 * i;
    if (tag(view, record) === wanted) return view.getUint32(record + 8);
  }
  return undefined;
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(...[0, 1, 2, 3].map((i) => view.getUint8(at + i)));
}

function viewOf(font: Uint8Array): DataView {
  return new DataView(font.buffer, font.byteOffset, font.byteLength);
}
