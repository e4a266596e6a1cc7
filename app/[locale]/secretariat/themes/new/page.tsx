import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/secretariat/register/register-form";
import { themeFields } from "@/components/secretariat/register/theme-fields";
import { saveThemeAction } from "@/lib/actions/save-theme";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { readForPage } from "@/lib/data/secretariat/read-for-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.themes");
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewThemePage() {
  await readForPage("/secretariat/themes/new", (user) => authorizeSecretariat(user, consoleRead("theme_form")));
  const [t, fields] = await Promise.all([getTranslations("register.themes"), themeFields()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/secretariat/themes">{t("back")}</Link>
      </p>
      <h1 className="text-3xl">{t("newTitle")}</h1>
      <RegisterForm action={saveThemeAction} id="theme" fields={fields} submitLabel={t("save")} />
    </div>
  );
}
