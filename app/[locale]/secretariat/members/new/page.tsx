import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { memberFields } from "@/components/secretariat/register/member-fields";
import { RegisterForm } from "@/components/secretariat/register/register-form";
import { saveMemberAction } from "@/lib/actions/save-member";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { readForPage } from "@/lib/data/secretariat/read-for-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.members");
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewMemberPage() {
  // Nothing to read but the right to be here: the form itself is secretariat-only.
  await readForPage("/secretariat/members/new", (user) => authorizeSecretariat(user, consoleRead("member_form")));
  const [t, fields] = await Promise.all([getTranslations("register.members"), memberFields()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/secretariat/members">{t("back")}</Link>
      </p>
      <h1 className="text-3xl">{t("newTitle")}</h1>
      <RegisterForm action={saveMemberAction} id="member" fields={fields} submitLabel={t("save")} />
    </div>
  );
}
