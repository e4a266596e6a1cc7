import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { clientMessages, WORKSPACE_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";

/** Gives the workspace's client components (the update and commitment forms) their messages. Not an authorization
 * boundary: every workspace read and mutation checks the user itself. */
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  return (
    <NextIntlClientProvider messages={clientMessages(await getLocale(), WORKSPACE_CLIENT_NAMESPACES)}>
      {children}
    </NextIntlClientProvider>
  );
}
