// Addresses of a cycle's accountability report and its PDF. The scope (a member, a theme) is in the query string, so
// every view can be bookmarked and shared.
import type { ReportScope } from "@/lib/domain/report-snapshot";
import { isSlug } from "@/lib/domain/slug";

export function reportPath(cycleSlug: string, scope: ReportScope = {}, suffix: "" | "/pdf" = ""): string {
  const query = new URLSearchParams();
  if (scope.member) query.set("member", scope.member);
  if (scope.theme) query.set("theme", scope.theme);
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
