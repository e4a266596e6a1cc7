import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { getTranslations } from "next-intl/server";
import { CommitmentDetailsForm } from "@/components/workspace/commitment-details-form";
import { editCommitmentAction } from "@/lib/actions/edit-commitment";
import { signInPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { getCommitmentForEdit } from "@/lib/data/workspace/get-commitment-for-edit";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspace.details");
  return { title: t("editTitle"), robots: { index: false } };
}

type Params = Promise<{ slug: string }>;

export default async function EditCommitmentPage({ params }: { params: Params }) {
  const { slug } = await params;
  const path = `/workspace/commitments/${encodeURIComponent(slug)}/edit`;
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath(path));
  // Another member's commitment (or the secretariat) gets the same 404 as a mistyped address.
  const commitment = await getCommitmentForEdit(user, slug);
  if (!commitment) notFound();
  const t = await getTranslations("workspace.details");

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/workspace/commitments/${commitment.slug}`}>{t("backToCommitment")}</Link>
      </p>
      <header className="space-y-3">
        <h1 className="text-3xl">{t("editTitle")}</h1>
        <p className="text-lg">{commitment.title}</p>
        <p>{commitment.approval === "RETURNED" ? t("editReturnedIntro") : t("editIntro")}</p>
        <p className="text-sm text-ink-muted">{t("fixed", { meeting: commitment.meetingTitle })}</p>
      </header>
      <CommitmentDetailsForm
        mode="edit"
        action={editCommitmentAction}
        commitmentId={commitment.id}
        version={commitment.version}
        initialValues={commitment.values}
        themes={commitment.themes}
        lockedMilestoneIds={commitment.lockedMilestoneIds}
        signInHref={signInPath(path)}
      />
    </div>
  );
}
