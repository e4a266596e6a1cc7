import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { DemoBanner } from "@/components/layout/demo-banner";
import { RouteFocus } from "@/components/layout/route-focus";
import { readCsrfToken } from "@/lib/auth/csrf";
import { isSecretariat } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";
import { sitePreview } from "@/components/link-previews/site-preview";
import { hasDemonstrationData } from "@/lib/data/has-demonstration-data";
import { env } from "@/lib/env";
import { clientMessages, PUBLIC_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { directionOf, isLocale, locales } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/link-previews/page-metadata";
import "../globals.css";

type LayoutProps = { children: React.ReactNode; params: Promise<{ locale: string }> };

/** Every page exists in each of the six languages (English at the unprefixed addresses: proxy.ts). */
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  // Pages without a preview of their own (sign-in, errors) show the site's; public pages replace it (pageMetadata).
  const site = await pageMetadata(await sitePreview({ title: t("appName"), description: t("tagline") }));
  return {
    ...site,
    metadataBase: new URL(env.APP_URL),
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/manifest.webmanifest",
  };
}

export default async function RootLayout({ children, params }: LayoutProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, user, csrfToken, demo] = await Promise.all([
    getTranslations("common"),
    getSessionUser(),
    readCsrfToken(),
    hasDemonstrationData(),
  ]);
  const account = user ? { name: user.name, isSecretariat: isSecretariat(user) } : null;
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col">
        <RouteFocus />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <NuqsAdapter>
          <NextIntlClientProvider messages={clientMessages(locale, PUBLIC_CLIENT_NAMESPACES)}>
            <DemoBanner show={demo} />
            <SiteHeader user={account} csrfToken={user ? csrfToken : null} />
            <main id="main" className="mx-auto w-full max-w-page flex-1 px-4 py-6 sm:px-6">
              {children}
            </main>
            <SiteFooter />
          </NextIntlClientProvider>
        </NuqsAdapter>
      </body>
    </html>
  );
}
