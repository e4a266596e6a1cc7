import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { meetingFields } from "@/components/secretariat/register/meeting-fields";
import { RegisterForm } from "@/components/secretariat/register/register-form";
import { saveMeetingAction } from "@/lib/actions/save-meeting";
import { getMeetingFormData } from "@/lib/data/secretariat/get-meeting-form-data";
import { readForPage } from "@/lib/data/secretariat/read-for-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.meetings");
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewMeetingPage() {
  const data = await readForPage("/secretariat/meetings/new", (user) => getMeetingFormData(user, null));
  const [t, fields] = await Promise.all([getTranslations("register.meetings"), meetingFields(data)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/secretariat/meetings">{t("back")}</Link>
      </p>
      <h1 className="text-3xl">{t("newTitle")}</h1>
      <RegisterForm action={saveMeetingAction} id="meeting" fields={fields} submitLabel={t("save")} />
    </div>
  );
}
