import { getTranslations } from "next-intl/server";
import type { FollowerCount as Count } from "@/lib/data/secretariat/count-followers";

/** How many follow this by email, on its edit page: a count, never an address. */
export async function FollowerCount({ count }: { count: Count }) {
  const t = await getTranslations("secretariat.followers");
  return <p className="text-sm text-ink-muted">{t("count", count)}</p>;
}
