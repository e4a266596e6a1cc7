"use client";
// The six languages, each named in itself, on every page. Each is a plain link (it works without JavaScript) to the
// same page and query in that language, through /language, which remembers the choice (app/language/route.ts).
import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { usePathname } from "@/lib/i18n/navigation";
import { isLocale, localeNames, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <nav aria-label={label} className="text-sm">
      {/* Without JavaScript the links may lack the query: /language then takes it from the page it came from. */}
      <Suspense fallback={<LanguageLinks search="" />}>
        <LanguageLinksWithQuery />
      </Suspense>
    </nav>
  );
}

function LanguageLinksWithQuery() {
  return <LanguageLinks search={useSearchParams().toString()} />;
}

function LanguageLinks({ search }: { search: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const here = search ? `${pathname}?${search}` : pathname;
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
      {(Object.keys(localeNames) as Locale[]).map((locale) => (
        <li key={locale}>
          {isLocale(current) && locale === current ? (
            <span lang={locale} aria-current="true" className="inline-block py-1 font-semibold">
              {localeNames[locale]}
            </span>
          ) : (
            <a
              href={chooseLanguageHref(localizedPath(locale, here))}
              lang={locale}
              hrefLang={locale}
              className="inline-block py-1"
            >
              {localeNames[locale]}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The address that remembers the language of `to` and goes there. */
export function chooseLanguageHref(to: string): string {
  return `/language?${new URLSearchParams({ to })}`;
}
