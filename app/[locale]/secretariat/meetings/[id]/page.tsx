import { TranslationsLink } from "@/components/secretariat/translations/translations-link";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { meetingFields } from "@/components/secretariat/register/meeting-fields";
import { RegisterForm } from "@/components/secretariat/register/register-form";
import { saveMeetingAction } from "@/lib/actions/save-meeting";
import { getMeetingFormData } from "@/lib/data/secretariat/get-meeting-form-data";
import { readForPage } from "@/lib/data/secretariat/read-for-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.meetings");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await readForPage(`/secretariat/meetings/${encodeURIComponent(id)}`, (user) =>
    getMeetingFormData(user, id),
  );
  if (!data.meeting) notFound();
  const [t, fields] = await Promise.all([getTranslations("register.meetings"), meetingFields(data)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/secretariat/meetings">{t("back")}</Link>
      </p>
      <h1 className="text-3xl">{t("editTitle", { title: data.meeting.title })}</h1>
      <TranslationsLink kind="meeting" id={data.meeting.id} />
      <RegisterForm
        action={saveMeetingAction}
        id="meeting"
        fields={fields}
        hidden={{ id: data.meeting.id }}
        submitLabel={t("save")}
      />
    </div>
  );
}
