import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

/** Rendered with HTTP 403 when a page calls forbidden() (next/navigation). */
export default async function Forbidden() {
  const t = await getTranslations("common.errors");
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl">{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenBody")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
