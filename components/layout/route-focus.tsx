"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * The start of the page for keyboard users. Following a link renders the next page in place, and the browser leaves
 * focus where it was: on the header link just followed, or, when that link went away with the old page, at the spot
 * where it was, so the next Tab lands in the middle of the new page or in its footer. When the page (the path)
 * changes, focus comes here, as after a full page load: the first Tab reaches the skip link, then the page in order.
 * It stays put when only the query changes (filters, paging), so a reader keeps their place in the form. Rendered
 * before the page, its effect runs first: a page that focuses something itself (an error message) still does.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const shown = useRef(pathname);
  const start = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    start.current?.focus({ preventScroll: true });
  }, [pathname]);
  return <span ref={start} tabIndex={-1} className="sr-only" data-page-start="" />;
}
