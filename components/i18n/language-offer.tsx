"use client";
// The home page's offer of the visitor's own language (docs/decisions/0018-locale-routing.md): never a redirect, a
// small note in that language with a link, shown when the visitor chose that language before (NEXT_LOCALE) or, on a
// first visit, when their browser prefers it. Decided in the browser, so the page itself stays the same for everyone
// and cacheable. Dismissing it remembers English as the choice.
import { useEffect, useState } from "react";
import { chooseLanguageHref } from "@/components/i18n/language-switcher";
import { defaultLocale, directionOf, isLocale, type Locale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE, localizedPath } from "@/lib/i18n/localized-path";

export type OfferText = { label: string; text: string; link: string; dismiss: string };

export function LanguageOffer({ offers }: { offers: Record<Locale, OfferText> }) {
  const [offered, setOffered] = useState<Locale | null>(null);
  useEffect(() => {
    const wanted = rememberedLocale() ?? browserLocale();
    // Reading the browser's cookie and languages can only happen after the first render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (wanted && wanted !== defaultLocale) setOffered(wanted);
  }, []);
  if (!offered) return null;
  const offer = offers[offered];
  return (
    <aside
      lang={offered}
      dir={directionOf(offered)}
      aria-label={offer.label}
      className="mb-4 flex flex-wrap items-center gap-3 rounded border border-line bg-paper p-3 text-sm"
    >
      <p>{offer.text}</p>
      <a href={chooseLanguageHref(localizedPath(offered, "/"))}>{offer.link}</a>
      <button
        type="button"
        className="underline"
        onClick={() => {
          document.cookie = `${LOCALE_COOKIE}=${defaultLocale}; path=/; max-age=31536000; samesite=lax`;
          setOffered(null);
        }}
      >
        {offer.dismiss}
      </button>
    </aside>
  );
}

function rememberedLocale(): Locale | null | undefined {
  const value = document.cookie
    .split("; ")
    .find((cookie) => cookie.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  if (value === undefined) return undefined;
  return isLocale(value) ? value : null;
}

function browserLocale(): Locale | null {
  for (const tag of navigator.languages) {
    const language = tag.split("-")[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return null;
}
