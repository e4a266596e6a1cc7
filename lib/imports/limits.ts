// How large an import may be. A meeting's record is a few hundred rows; 10,000 leaves room for a whole archive. The
// byte limit is checked on the request's declared length before its body is read, and again while it is read.

export const IMPORT_MAX_ROWS = 10_000;
/** 10,000 long rows of CSV are about 6 MB; an XLSX of them is smaller. */
export const IMPORT_MAX_BYTES = 12 * 1024 * 1024;
/** An XLSX is a zip: refused before it is inflated when it declares more than this, or more entries. */
export const XLSX_MAX_UNCOMPRESSED_BYTES = 120 * 1024 * 1024;
export const XLSX_MAX_ENTRIES = 200;
