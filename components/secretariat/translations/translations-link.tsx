import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { TranslatableKind } from "@/lib/validation/content-translation";

/** From a record's console page to its translation screen. */
export async function TranslationsLink({ kind, id }: { kind: TranslatableKind; id: string }) {
  const t = await getTranslations("secretariat.translations");
  return (
    <p>
      <Link href={`/secretariat/translations/${kind}/${id}`} className="font-semibold">
        {t("link")}
      </Link>
    </p>
  );
}
