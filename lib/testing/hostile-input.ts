// Generated hostile input for the fuzz test (lib/hostile-input.int.test.ts), with fast-check: text that has broken
// things before or could (NUL, lone surrogates, 1 MB, right-to-left marks, spreadsheet formulas, markup, SQL, path
// tricks), numbers that are not quite numbers, and ids that are real, foreign, or not ids at all.
import fc from "fast-check";

const NASTY_TEXT = [
  "",
  " ",
  "\u0000",
  "before\u0000after",
  "\uD800",
  "lone \uDFFF low",
  "\uDBFF\uDBFF",
  "\u202Eevil\u202C \u200F\u200E\u061C",
  "=SUM(A1:A9)",
  "+cmd|' /C calc'!A0",
  '@HYPERLINK("https://evil.example")',
  "-2+3",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  "../../etc/passwd",
  "%00%FF%C3%28",
  "javascript:alert(1)",
  "https://example.org/\u0000",
  "\r\n\t\u000B\u000C",
  "\u{1F600}\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
  "ﷺ ﷽ 𒐫 ẞ",
  "$K1",
  "$@1",
  "__proto__",
  "constructor",
];

/** Any UTF-16 code unit, lone surrogates included: strings JavaScript allows and UTF-8 does not. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 3, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(1024 * 1024), "\u0000".repeat(70_000), "é".repeat(6000)) },
);

export const hostileNumber: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom("NaN", "Infinity", "-0", "1e309", "99999999999999999999", "0x10", "1_000", "١٢", "50%", " 7 "),
);

/** A real id of the test's world, an id of nothing, or something that is no id. */
export function hostileId(realIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...realIds) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: hostileText },
  );
}

export const hostileDate: fc.Arbitrary<string> = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom("2024-02-30", "0000-01-01", "9999-12-31", "2024-13-01", "yesterday", "2024-01-01T25:00"),
);
