import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitmentPledge } from "@/components/public/commitment-pledge";
import { CommitmentSource } from "@/components/public/commitment-source";
import { CommitmentStatusPanel } from "@/components/public/commitment-status-panel";
import { DemoBadge } from "@/components/public/demo-badge";
import { MeetingDetails } from "@/components/public/meeting-details";
import { MilestoneList } from "@/components/public/milestone-list";
import { UpdateTimeline } from "@/components/public/update-timeline";
import { getCommitmentPage } from "@/lib/data/public/get-commitment-page";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const commitment = await getCommitmentPage(slug);
  return commitment ? { title: commitment.title, description: commitment.description.slice(0, 200) } : {};
}

export default async function CommitmentPage({ params }: Props) {
  const { slug } = await params;
  const commitment = await getCommitmentPage(slug);
  if (!commitment) notFound();
  const t = await getTranslations("public.commitment");
  const tStatus = await getTranslations("statuses");
  const tDemo = await getTranslations("public.demo");
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <p className="no-print text-sm">
          <Link href="/commitments">
            <span aria-hidden="true">← </span>
            {t("back")}
          </Link>
        </p>
        <h1 className="max-w-4xl text-3xl">{commitment.title}</h1>
        <p className="text-lg text-ink-muted">
          {t("pledgedBy", { member: commitment.member.name, kind: tStatus(`memberKind.${commitment.member.kind}`) })}
        </p>
        {commitment.isDemo && (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <DemoBadge /> {tDemo("commitment")}
          </p>
        )}
      </header>
      <CommitmentStatusPanel commitment={commitment} />
      <CommitmentPledge commitment={commitment} />
      <CommitmentSource commitment={commitment} />
      <MeetingDetails meeting={commitment.meeting} />
      <MilestoneList milestones={commitment.milestones} />
      <UpdateTimeline updates={commitment.updates} />
    </article>
  );
}
