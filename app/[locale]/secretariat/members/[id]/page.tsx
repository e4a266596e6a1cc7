import { TranslationsLink } from "@/components/secretariat/translations/translations-link";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { memberFields } from "@/components/secretariat/register/member-fields";
import { RegisterForm } from "@/components/secretariat/register/register-form";
import { saveMemberAction } from "@/lib/actions/save-member";
import { getMemberForEdit } from "@/lib/data/secretariat/get-member-for-edit";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { countFollowers } from "@/lib/data/secretariat/count-followers";
import { FollowerCount } from "@/components/secretariat/follower-count";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.members");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function EditMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await readForPage(`/secretariat/members/${encodeURIComponent(id)}`, (user) =>
    getMemberForEdit(user, id),
  );
  if (!member) notFound();
  const followers = await readForPage(`/secretariat/members/${encodeURIComponent(id)}`, (user) =>
    countFollowers(user, "MEMBER", member.id),
  );
  const [t, fields] = await Promise.all([getTranslations("register.members"), memberFields(member)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/secretariat/members">{t("back")}</Link>
      </p>
      <h1 className="text-3xl">{t("editTitle", { name: member.name })}</h1>
      <TranslationsLink kind="member" id={member.id} />
      <FollowerCount count={followers} />
      <RegisterForm
        action={saveMemberAction}
        id="member"
        fields={fields}
        hidden={{ id: member.id, updatedAt: member.updatedAt.toISOString() }}
        submitLabel={t("save")}
      />
    </div>
  );
}
