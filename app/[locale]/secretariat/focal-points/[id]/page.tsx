import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/secretariat/register/register-form";
import { reassignFocalPointAction } from "@/lib/actions/reassign-focal-point";
import { getFocalPointForReassign } from "@/lib/data/secretariat/get-focal-point";
import { readForPage } from "@/lib/data/secretariat/read-for-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.focalPoints");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ReassignFocalPointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await readForPage(`/secretariat/focal-points/${encodeURIComponent(id)}`, (user) =>
    getFocalPointForReassign(user, id),
  );
  if (!data) notFound();
  const { person, members } = data;
  const [t, tRegister] = await Promise.all([getTranslations("register.focalPoints"), getTranslations("register")]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/secretariat/focal-points">{t("back")}</Link>
      </p>
      <h1 className="text-3xl">{t("reassignTitle", { name: person.name })}</h1>
      <p>{t("reassignIntro", { name: `${person.name} (${person.email})`, member: person.member?.name ?? "" })}</p>
      <RegisterForm
        action={reassignFocalPointAction}
        id="reassign"
        hidden={{ userId: person.id }}
        submitLabel={t("reassignSubmit")}
        fields={[
          {
            name: "memberId",
            label: tRegister("fields.memberId"),
            type: "select",
            required: true,
            initial: person.member?.id,
            options: members.map((member) => ({ value: member.id, label: member.name })),
          },
        ]}
      />
    </div>
  );
}
