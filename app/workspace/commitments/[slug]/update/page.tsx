import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/public/status-badge";
import { ProgressUpdateForm } from "@/components/workspace/progress-update-form";
import { postProgressUpdateAction } from "@/lib/actions/post-progress-update";
import { signInPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { getCommitmentForUpdate } from "@/lib/data/workspace/get-commitment-for-update";
import { statusCategory } from "@/lib/domain/implementation-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspace.update");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Params = Promise<{ slug: string }>;

export default async function PostUpdatePage({ params }: { params: Params }) {
  const { slug } = await params;
  const path = `/workspace/commitments/${encodeURIComponent(slug)}/update`;
  const user = await getSessionUser();
  if (!user) redirect(signInPath(path));
  // Another member's commitment (or the secretariat, which does not post) gets the same 404 as a mistyped address.
  const commitment = await getCommitmentForUpdate(user, slug);
  if (!commitment) notFound();

  const [t, format] = await Promise.all([getTranslations("workspace.update"), getFormatter()]);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/workspace">{t("back")}</Link>
      </p>
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("commitment")}</dt>
          <dd>{commitment.title}</dd>
          <dt className="font-semibold">{t("member")}</dt>
          <dd>{commitment.member.name}</dd>
          <dt className="font-semibold">{t("currentStatus")}</dt>
          <dd>
            <StatusBadge status={statusCategory(commitment.currentStatus)} />
          </dd>
          <dt className="font-semibold">{t("currentPercent")}</dt>
          <dd>
            {commitment.currentPercent === null
              ? t("noPercent")
              : t("percentValue", { percent: commitment.currentPercent })}
          </dd>
          <dt className="font-semibold">{t("lastPublished")}</dt>
          <dd>
            {commitment.lastPublishedAt
              ? format.dateTime(commitment.lastPublishedAt, { dateStyle: "medium", timeStyle: "short" })
              : t("never")}
          </dd>
        </dl>
        <p>{t("publishNote")}</p>
      </header>
      <ProgressUpdateForm
        action={postProgressUpdateAction}
        commitmentId={commitment.id}
        version={commitment.version}
        signInHref={signInPath(path)}
        initialValues={{
          status: commitment.currentStatus ?? "",
          percentComplete: commitment.currentPercent?.toString() ?? "",
          narrative: "",
          evidenceUrl: "",
          discontinuedReason: commitment.currentStatus === "DISCONTINUED" ? (commitment.discontinuedReason ?? "") : "",
        }}
      />
    </div>
  );
}
