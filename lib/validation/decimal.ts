/**
 * A number as people type it in any of the six languages: "12.5", "12,5" (French, Spanish, Russian), "١٢٫٥" (Arabic
 * digits and decimal mark), with a minus or the Unicode minus sign. Thousands separators are refused rather than
 * guessed ("1,234" could be either), and at most two decimals can be given, so a comma is never misread.
 */
export function normaliseDecimal(typed: string): string {
  return typed
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[,\u066b]/, ".")
    .replace(/^\u2212/, "-");
}
