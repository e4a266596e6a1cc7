// An XLSX file is a zip archive. A "zip bomb" declares (or hides) gigabytes behind a few kilobytes, and a reader that
// inflates it first runs out of memory. Before the workbook is read, this reads the archive's central directory and
// refuses too many entries or too large a declared total; then it inflates each entry itself with a hard output cap
// (zlib's maxOutputLength), so an entry that lies about its size is caught after at most the cap, not after a
// gigabyte. Only then does exceljs inflate the same, now known-small, archive.
import { inflateRawSync } from "node:zlib";
import { FileProblem } from "./file-problem";
import { XLSX_MAX_ENTRIES, XLSX_MAX_UNCOMPRESSED_BYTES } from "./limits";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

type Entry = { method: number; compressedSize: number; size: number; localHeader: number };

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function checkZipArchive(bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buffer);
  if (entries.length > XLSX_MAX_ENTRIES) throw new FileProblem("xlsxTooLarge");
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > XLSX_MAX_UNCOMPRESSED_BYTES) throw new FileProblem("xlsxTooLarge");
  }
  let inflated = 0;
  for (const entry of entries) inflated += inflatedSize(buffer, entry, XLSX_MAX_UNCOMPRESSED_BYTES - inflated);
}

function centralDirectory(buffer: Buffer): Entry[] {
  // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new FileProblem("unreadableXlsx");
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  // 0xffff / 0xffffffff mean ZIP64, which no workbook of this size needs.
  if (count === 0xffff || offset === 0xffffffff) throw new FileProblem("xlsxTooLarge");
  if (count > XLSX_MAX_ENTRIES) throw new FileProblem("xlsxTooLarge");
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) {
      throw new FileProblem("unreadableXlsx");
    }
    entries.push({
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      size: buffer.readUInt32LE(offset + 24),
      localHeader: buffer.readUInt32LE(offset + 42),
    });
    offset +=
      46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return entries;
}

/** The entry's real inflated size; refuses it once it passes `budget` or its declared size. */
function inflatedSize(buffer: Buffer, entry: Entry, budget: number): number {
  const at = entry.localHeader;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_FILE_HEADER) throw new FileProblem("unreadableXlsx");
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) throw new FileProblem("unreadableXlsx");
  const cap = Math.min(budget, entry.size);
  let size: number;
  try {
    // One byte over the cap is enough to know it lied.
    size = inflateRawSync(data, { maxOutputLength: cap + 1 }).length;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new FileProblem("xlsxTooLarge");
    throw new FileProblem("unreadableXlsx");
  }
  if (size > cap) throw new FileProblem("xlsxTooLarge");
  return size;
}
