// Names of downloaded files. A name is built only from fixed words, slugs and the UTC day, and every part is reduced
// to lower-case ASCII letters, digits and hyphens, so no text a user typed reaches a Content-Disposition header as
// it is (no quotes, no CR/LF header injection, no path separators, no "../"). The header carries the name twice:
// `filename` for old clients and RFC 6266/5987 `filename*` for the rest.
import { isoDay } from "./iso-day";

const MAX_PART_LENGTH = 60;

/** One part of a file name: lower-case ASCII letters, digits and single hyphens; "" when nothing usable is left. */
export function filenamePart(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_PART_LENGTH)
    .replace(/-+$/g, "");
}

/**
 * `wps-<what>[-<qualifier>…]-<YYYY-MM-DD>.<extension>`, e.g. wps-commitments-2026-11-29.xlsx or
 * wps-report-2025-2026-colombia-2026-11-29.pdf. Empty qualifiers are left out.
 */
export function exportFilename(
  what: string,
  qualifiers: readonly (string | null | undefined)[],
  day: Date,
  extension: string,
) {
  const parts = ["wps", filenamePart(what), ...qualifiers.map((part) => filenamePart(part ?? "")), isoDay(day)];
  const ext = filenamePart(extension) || "bin";
  return `${parts.filter(Boolean).join("-")}.${ext}`;
}

/** A secretariat export's scope as its file name says it, in the export form's own words. */
const SCOPE_WORDS = { public: "public", all: "everything" } as const;

/**
 * wps-commitments-<public|everything>[-<member>][-<theme>]-<YYYY-MM-DD>.<format>: the scope is in the name, so a
 * download of what the public sees and one of everything never pass for each other (or overwrite each other).
 */
export function secretariatExportFilename(
  scope: keyof typeof SCOPE_WORDS,
  filters: { member?: string; theme?: string },
  day: Date,
  extension: string,
) {
  return exportFilename("commitments", [SCOPE_WORDS[scope], filters.member, filters.theme], day, extension);
}

/** `attachment; filename="…"; filename*=UTF-8''…` for a name from exportFilename (sanitised again, to be sure). */
export function contentDisposition(filename: string, disposition: "attachment" | "inline" = "attachment"): string {
  const safe = filename.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_") || "download";
  return `${disposition}; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}
