import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

export default async function CommitmentNotFound() {
  const t = await getTranslations("public.notFound");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/commitments">{t("back")}</Link>
      </p>
    </div>
  );
}
