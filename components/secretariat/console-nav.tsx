"use client";
// The console's sub-navigation. A client component only to mark the current section (usePathname); it is rendered
// on the server too, so it works without JavaScript. Showing links authorizes nothing: every page checks its reads.
import { Link } from "@/lib/i18n/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";

const OWN_SECTIONS = [
  ["home", "/secretariat"],
  ["review", "/secretariat/review"],
  ["assessments", "/secretariat/assessments"],
  ["members", "/secretariat/members"],
  ["focalPoints", "/secretariat/focal-points"],
  ["themes", "/secretariat/themes"],
  ["meetings", "/secretariat/meetings"],
  ["commitments", "/secretariat/commitments"],
  ["translations", "/secretariat/translations"],
  ["import", "/secretariat/import"],
  ["audit", "/secretariat/audit"],
] as const;

const REPORTING_SECTIONS = [
  ["invitations", "/secretariat/invitations"],
  ["accreditation", "/secretariat/accreditation"],
  ["cockpit", "/secretariat/cockpit"],
  ["cycles", "/secretariat/cycles"],
  ["exports", "/secretariat/exports"],
  ["reports", "/secretariat/reports"],
] as const;

export function ConsoleNav() {
  const t = useTranslations("secretariat.console.nav");
  const pathname = usePathname();
  const current = (href: string) =>
    href === "/secretariat" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  const link = ([key, href]: readonly [Parameters<typeof t>[0], string]) => (
    <li key={href}>
      <Link
        href={href}
        aria-current={current(href) ? "page" : undefined}
        className={`block rounded px-2 py-1 ${current(href) ? "bg-brand-light font-semibold text-brand-dark" : ""}`}
      >
        {t(key)}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("label")} className="no-print text-sm">
      <ul className="space-y-1">{OWN_SECTIONS.map(link)}</ul>
      <ul className="mt-3 space-y-1 border-t border-line pt-3">{REPORTING_SECTIONS.map(link)}</ul>
    </nav>
  );
}
