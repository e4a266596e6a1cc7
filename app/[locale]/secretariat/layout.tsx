import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { ConsoleNav } from "@/components/secretariat/console-nav";
import { clientMessages, SECRETARIAT_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";

/**
 * The secretariat console's frame: its sub-navigation beside the page. Deliberately NOT an authorization boundary
 * (layouts do not re-render on navigation, and route handlers and server actions never pass through them): every
 * page's reads (lib/data/secretariat), every action's mutation and every route handler checks the user itself.
 * It also gives the console's client components their messages (lib/i18n/client-messages.ts).
 */
export default async function SecretariatLayout({ children }: { children: React.ReactNode }) {
  return (
    <NextIntlClientProvider messages={clientMessages(await getLocale(), SECRETARIAT_CLIENT_NAMESPACES)}>
      <div className="grid gap-6 lg:grid-cols-[13rem_1fr]">
        <ConsoleNav />
        <div className="min-w-0">{children}</div>
      </div>
    </NextIntlClientProvider>
  );
}
