import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { getFormatter, getTranslations } from "next-intl/server";
import { CommitmentDetailsForm } from "@/components/workspace/commitment-details-form";
import { proposeCommitmentAction } from "@/lib/actions/propose-commitment";
import { signInPath } from "@/lib/auth/callback-url";
import { isFocalPoint } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";
import { listMeetingOptions, listThemeOptions } from "@/lib/data/workspace/list-detail-options";
import { emptyCommitmentDetails } from "@/lib/validation/commitment-details-fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspace.details");
  return { title: t("proposeTitle"), robots: { index: false } };
}

export default async function ProposeCommitmentPage() {
  const path = "/workspace/proposals/new";
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath(path));
  // Only focal points propose, for their own member (the secretariat has no member).
  if (!isFocalPoint(user)) notFound();
  const [t, format, themes, meetings] = await Promise.all([
    getTranslations("workspace.details"),
    getFormatter(),
    listThemeOptions(),
    listMeetingOptions(),
  ]);
  const initial = { ...emptyCommitmentDetails(), meetingId: meetings[0]?.id ?? "" };

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/workspace">{t("back")}</Link>
      </p>
      <header className="space-y-3">
        <h1 className="text-3xl">{t("proposeTitle")}</h1>
        <p>{t("proposeIntro")}</p>
      </header>
      <CommitmentDetailsForm
        mode="propose"
        action={proposeCommitmentAction}
        initialValues={initial}
        themes={themes}
        meetings={meetings.map((m) => ({
          id: m.id,
          name: `${m.title} (${format.dateTime(m.startDate, { dateStyle: "medium" })})`,
        }))}
        signInHref={signInPath(path)}
      />
    </div>
  );
}
