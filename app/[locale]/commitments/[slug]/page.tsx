import type { Metadata } from "next";
import { Fragment } from "react";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { commitmentPreview } from "@/components/link-previews/commitment-preview";
import { CommitmentPledge } from "@/components/public/commitment-pledge";
import { CommitmentRecord } from "@/components/public/commitment-record";
import { CommitmentSource } from "@/components/public/commitment-source";
import { CommitmentStatusPanel } from "@/components/public/commitment-status-panel";
import { CommitmentTimeline } from "@/components/public/commitment-timeline";
import { SelfReportAndAssessment } from "@/components/assessments/self-report-and-assessment";
import { DemoBadge } from "@/components/public/demo-badge";
import { KindBadge } from "@/components/public/kind-badge";
import { MeetingDetails } from "@/components/public/meeting-details";
import { MilestoneList } from "@/components/public/milestone-list";
import { OriginalLanguageNote } from "@/components/public/original-language-note";
import { getCommitmentPage } from "@/lib/data/public/get-commitment-page";
import { getContentLocale } from "@/lib/i18n/content-locale";
import { env } from "@/lib/env";
import { pageMetadata } from "@/lib/link-previews/page-metadata";
import { FollowForm } from "@/components/public/follow-form";
import { requestFollowAction } from "@/lib/actions/request-follow";
import { scopeFeedHref } from "@/lib/domain/feed-scope";
import { withFeed } from "@/lib/feeds/feed-metadata";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const locale = await getContentLocale();
  const commitment = await getCommitmentPage(slug, locale);
  if (!commitment) return {};
  return withFeed(await pageMetadata((await commitmentPreview(commitment)).page), { kind: "commitment", slug }, locale);
}

export default async function CommitmentPage({ params }: Props) {
  const { slug } = await params;
  const locale = await getContentLocale();
  const commitment = await getCommitmentPage(slug, locale);
  if (!commitment) notFound();
  const t = await getTranslations("public.commitment");
  const tExplorer = await getTranslations("explorer.commitment");
  const tStatus = await getTranslations("statuses");
  const tDemo = await getTranslations("public.demo");
  const { member } = commitment;
  return (
    <article className="space-y-10 print:space-y-6">
      <header className="space-y-3">
        <p className="no-print text-sm">
          <Link href="/commitments">
            <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">
              ←
            </span>
            {t("back")}
          </Link>
        </p>
        <h1 className="max-w-4xl text-3xl" lang={commitment.lang}>
          {commitment.title}
        </h1>
        <OriginalLanguageNote text={commitment} />
        <p className="flex flex-wrap items-center gap-2 text-lg text-ink-muted">
          <KindBadge kind={commitment.kind} />
          <span>
            {tExplorer.rich(`madeBy.${commitment.kind}`, {
              kind: tStatus(`memberKind.${member.kind}`),
              name: member.name,
              member: (chunks) => (
                <Link href={`/members/${member.slug}`} lang={member.lang}>
                  <bdi>{chunks}</bdi>
                </Link>
              ),
            })}
            {commitment.coMembers.map((coMember) => (
              <Fragment key={coMember.slug}>
                {" "}
                {tExplorer.rich("jointWith", {
                  name: coMember.name,
                  member: (chunks) => (
                    <Link href={`/members/${coMember.slug}`} lang={coMember.lang}>
                      <bdi>{chunks}</bdi>
                    </Link>
                  ),
                })}
              </Fragment>
            ))}
          </span>
        </p>
        {commitment.isDemo && (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <DemoBadge /> {tDemo("commitment")}
          </p>
        )}
        <p className="hidden text-sm print:block">
          {tExplorer("printedFrom", { url: new URL(`/commitments/${commitment.slug}`, env.APP_URL).href })}
        </p>
      </header>
      {commitment.kind === "PLEDGE" && <CommitmentStatusPanel commitment={commitment} />}
      <SelfReportAndAssessment commitment={commitment} />
      <CommitmentRecord commitment={commitment} />
      <CommitmentPledge commitment={commitment} />
      <CommitmentSource commitment={commitment} />
      <MeetingDetails meeting={commitment.meeting} />
      <MilestoneList milestones={commitment.milestones} />
      {commitment.kind === "PLEDGE" && <CommitmentTimeline updates={commitment.updates} />}
      <FollowForm
        action={requestFollowAction}
        target="commitment"
        slug={commitment.slug}
        feedHref={scopeFeedHref({ kind: "commitment", slug: commitment.slug }, locale)}
      />
    </article>
  );
}
