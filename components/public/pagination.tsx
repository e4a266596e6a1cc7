import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageWindow } from "@/lib/domain/page-number";

type Props = {
  page: number;
  pageCount: number;
  pathname: string;
  /** The parameters of the current view (filters, search, sort), kept on every page link. */
  query: Record<string, string>;
  /** Names the navigation landmark, when a page has more than one list. */
  label?: string;
};

/** Page links that keep the current view: plain links, so paging works without JavaScript and can be shared. */
export async function Pagination({ page, pageCount, pathname, query, label }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("explorer.pagination");
  const format = await getFormatter();
  const href = (target: number) => ({
    pathname,
    query: target > 1 ? { ...query, page: String(target) } : query,
  });
  const linkClass = "inline-block min-w-9 rounded border border-line px-2 py-1 text-center";
  return (
    <nav aria-label={label ?? t("label")} className="no-print space-y-2 border-t border-line pt-4">
      <p className="text-sm text-ink-muted">{t("status", { page, pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">
                ←
              </span>
              {t("previous")}
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={`${linkClass} border-brand bg-brand font-semibold text-paper`}>
                  <span className="sr-only">{t("page")} </span>
                  {format.number(n)}
                </span>
              ) : (
                <Link href={href(n)} className={linkClass}>
                  <span className="sr-only">{t("page")} </span>
                  {format.number(n)}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              {t("next")}
              <span aria-hidden="true" className="ms-1 inline-block rtl:-scale-x-100">
                →
              </span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
