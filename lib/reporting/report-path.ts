// Addresses of a cycle's accountability report and its PDF. The scope (a member, a theme) is in the query string, so
// every view can be bookmarked and shared.
import type { ReportScope } from "@/lib/domain/report-snapshot";
import { isSlug } from "@/lib/domain/slug";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

/** The PDF is printed from the report page in the language it names (`lang`, absent for English). */
export function reportPath(
  cycleSlug: string,
  scope: ReportScope = {},
  suffix: "" | "/pdf" = "",
  locale: Locale = defaultLocale,
): string {
  const query = new URLSearchParams();
  if (scope.member) query.set("member", scope.member);
  if (scope.theme) query.set("theme", scope.theme);
  if (suffix === "/pdf" && locale !== defaultLocale) query.set("lang", locale);
  const search = query.size > 0 ? `?${query}` : "";
  return `/secretariat/reports/${encodeURIComponent(cycleSlug)}${suffix}${search}`;
}

/** The member and theme of a report's URL: well-formed slugs only (whether they exist is the report's business). */
export function parseReportScope(params: Record<string, string | string[] | undefined>): ReportScope {
  const slug = (value: string | string[] | undefined) => {
    const first = Array.isArray(value) ? value[0] : value;
    return isSlug(first) ? first : undefined;
  };
  return { member: slug(params.member), theme: slug(params.theme) };
}

/** The language a PDF is asked for: one of the six, English when absent or unknown. */
export function parseReportLocale(value: string | null): Locale {
  return isLocale(value) ? value : defaultLocale;
}
