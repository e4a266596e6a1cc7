import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

/** Rendered with HTTP 401 when a page calls unauthorized() (next/navigation). */
export default async function Unauthorized() {
  const t = await getTranslations("common.errors");
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl">{t("unauthorizedTitle")}</h1>
      <p>{t("unauthorizedBody")}</p>
      <p>
        <Link href="/sign-in">{t("signIn")}</Link>
      </p>
    </div>
  );
}
