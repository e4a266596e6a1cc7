// POST /secretariat/import/upload?kind=commitments|progress-reports — an import file, posted by the import page's
// form: read, checked and planned (lib/imports/upload-response.ts), then a redirect to its preview.
import { signedInRoute } from "@/lib/http/signed-in-route";
import { uploadResponse } from "@/lib/imports/upload-response";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

const route = { route: "/secretariat/import/upload", back: { to: "import", href: "/secretariat/import" } } as const;

export const POST = signedInRoute<{ locale: string }>(route, ({ user, request, params }) =>
  uploadResponse(user, request, isLocale(params.locale) ? params.locale : defaultLocale),
);
