// Reading one cell of an import as a value, or saying in a RowProblem why it cannot be one.
//
// Formulas are never run. An XLSX formula cell is refused. A CSV text cell starting with = + - @ (or a tab or carriage
// return in front of one) is what a spreadsheet would run as a formula, so it is refused too, unless it starts with
// the apostrophe our own exports put in front of such text (lib/open-data/neutralise-formula.ts): that apostrophe is
// taken off, so an export imported back is the same text.
import { SLUG_PATTERN } from "@/lib/domain/slug";
import { EVIDENCE_URL_MAX_LENGTH } from "@/lib/validation/progress-update-fields";
import { httpUrlSchema } from "@/lib/validation/workspace-http-url";
import type { RawCell } from "./raw-table";
import type { RowProblem } from "./row-problem";

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export type Cell<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };
const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const problem = (p: RowProblem): Cell<never> => ({ ok: false, problem: p });

/** Text with surrounding spaces trimmed and line ends as LF; null when empty. */
export function text(cell: RawCell | undefined, column: string, max = Number.POSITIVE_INFINITY): Cell<string | null> {
  if (cell === undefined) return ok(null);
  if (typeof cell !== "string") return problem({ code: "formula", column, value: cell.formula });
  let value = cell.replace(/\r\n?/g, "\n").trim();
  if (value.startsWith("'") && FORMULA_TRIGGER.test(value.slice(1))) value = value.slice(1);
  else if (FORMULA_TRIGGER.test(value)) return problem({ code: "formula", column, value: value.slice(0, 40) });
  if (value === "") return ok(null);
  if (value.length > max) return problem({ code: "tooLong", column, max });
  return ok(value);
}

export function required<T>(cell: Cell<T | null>, column: string): Cell<T> {
  if (!cell.ok) return cell;
  return cell.value === null ? problem({ code: "required", column }) : ok(cell.value);
}

/** A cell that is not text by nature (a number, a date, a slug, a code): no formula rule, but no formula either. */
function plain(cell: RawCell | undefined, column: string): Cell<string | null> {
  if (cell === undefined) return ok(null);
  if (typeof cell !== "string") return problem({ code: "formula", column, value: cell.formula });
  const value = cell.trim();
  return ok(value === "" ? null : value);
}

export function slug(cell: RawCell | undefined, column: string): Cell<string | null> {
  const read = plain(cell, column);
  if (!read.ok || read.value === null) return read;
  const value = read.value.toLowerCase();
  return SLUG_PATTERN.test(value) && value.length <= 200 ? ok(value) : problem({ code: "badSlug", column, value });
}

/** Values separated by ";" (or line breaks), each a slug or a code; duplicates dropped, order kept. */
export function list(cell: RawCell | undefined, column: string): Cell<string[]> {
  const read = plain(cell, column);
  if (!read.ok) return read;
  const items = (read.value ?? "")
    .split(/[;\n]/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  const bad = items.find((item) => !SLUG_PATTERN.test(item.replace(/_/g, "-")));
  return bad ? problem({ code: "badSlug", column, value: bad }) : ok([...new Set(items)]);
}

/** A calendar day, YYYY-MM-DD (an XLSX date cell is read as one). */
export function day(cell: RawCell | undefined, column: string): Cell<string | null> {
  const read = plain(cell, column);
  if (!read.ok || read.value === null) return read;
  const value = read.value;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  return valid ? ok(value) : problem({ code: "badDate", column, value });
}

/** A decimal number with at most two decimals ("12", "-3.5"), written the way the database gives it back. */
export function decimal(cell: RawCell | undefined, column: string): Cell<string | null> {
  const read = plain(cell, column);
  if (!read.ok || read.value === null) return read;
  const value = read.value;
  if (!/^-?\d{1,12}(\.\d{1,2})?$/.test(value)) return problem({ code: "badNumber", column, value });
  return ok(String(Number(value)));
}

/** A whole percentage, 0 to 100. */
export function percent(cell: RawCell | undefined, column: string): Cell<number | null> {
  const read = plain(cell, column);
  if (!read.ok || read.value === null) return read as Cell<null>;
  const value = read.value.replace(/%$/, "").trim();
  const number = Number(value);
  return /^\d{1,3}$/.test(value) && number <= 100
    ? ok(number)
    : problem({ code: "badPercent", column, value: read.value });
}

const HTTP_URL = httpUrlSchema({ invalid: "badUrl", tooLong: "tooLong", max: EVIDENCE_URL_MAX_LENGTH });

/** Web links separated by ";" or line breaks, each an absolute http(s) URL (the workspace form's rule); at most `max`. */
export function urls(cell: RawCell | undefined, column: string, max: number): Cell<string[]> {
  const read = text(cell, column);
  if (!read.ok) return read;
  const items = [
    ...new Set(
      (read.value ?? "")
        .split(/[;\n]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  if (items.length > max) return problem({ code: "tooManyLinks", column, max });
  for (const item of items) {
    const checked = HTTP_URL.safeParse(item);
    if (!checked.success) {
      return checked.error.issues[0]?.message === "tooLong"
        ? problem({ code: "tooLong", column, max: EVIDENCE_URL_MAX_LENGTH })
        : problem({ code: "badUrl", column, value: item.slice(0, 200) });
    }
  }
  return ok(items);
}
