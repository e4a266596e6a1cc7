// Page numbers from the URL and the page links to offer. A page that is not a whole number from 1 up is page 1; a
// page past the end is clamped by the read that knows the count.

const MAX_PAGE = 100_000;

/** The page asked for (first value if repeated), or 1 when it is missing or not a sensible whole number. */
export function parsePageNumber(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || !/^\d{1,6}$/.test(raw)) return 1;
  const page = Number(raw);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

/**
 * The page numbers to link to around `page`: always the first and the last, and up to `radius` on each side, with
 * null where numbers are skipped ("1 … 4 5 [6] 7 8 … 20").
 */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  if (pageCount <= 1) return [1];
  const numbers = new Set([1, pageCount]);
  for (let n = Math.max(1, page - radius); n <= Math.min(pageCount, page + radius); n++) numbers.add(n);
  const sorted = [...numbers].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous > 1) result.push(null);
    result.push(n);
  });
  return result;
}
