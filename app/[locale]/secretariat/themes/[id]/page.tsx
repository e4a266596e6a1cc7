import { TranslationsLink } from "@/components/secretariat/translations/translations-link";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/secretariat/register/register-form";
import { themeFields } from "@/components/secretariat/register/theme-fields";
import { saveThemeAction } from "@/lib/actions/save-theme";
import { getThemeForEdit } from "@/lib/data/secretariat/get-theme-for-edit";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { countFollowers } from "@/lib/data/secretariat/count-followers";
import { FollowerCount } from "@/components/secretariat/follower-count";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.themes");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function EditThemePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const theme = await readForPage(`/secretariat/themes/${encodeURIComponent(id)}`, (user) => getThemeForEdit(user, id));
  if (!theme) notFound();
  const followers = await readForPage(`/secretariat/themes/${encodeURIComponent(id)}`, (user) =>
    countFollowers(user, "THEME", theme.id),
  );
  const [t, fields] = await Promise.all([getTranslations("register.themes"), themeFields(theme)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/secretariat/themes">{t("back")}</Link>
      </p>
      <h1 className="text-3xl">{t("editTitle", { name: theme.name })}</h1>
      <TranslationsLink kind="theme" id={theme.id} />
      <FollowerCount count={followers} />
      <RegisterForm
        action={saveThemeAction}
        id="theme"
        fields={fields}
        hidden={{ id: theme.id }}
        submitLabel={t("save")}
      />
    </div>
  );
}
