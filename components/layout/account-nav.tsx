import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Placeholder owned by the auth work: replaced by the signed-in user's links and a sign-out button.
export async function AccountNav() {
  const t = await getTranslations("common");
  return (
    <li>
      <Link href="/sign-in">{t("nav.signIn")}</Link>
    </li>
  );
}
