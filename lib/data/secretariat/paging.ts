/** Rows per page in the console's lists. */
const CONSOLE_PAGE_SIZE = 25;

/** The page to show (a page past the end shows the last one) and how many there are. */
export function pageOf(requested: number, total: number, pageSize = CONSOLE_PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}
