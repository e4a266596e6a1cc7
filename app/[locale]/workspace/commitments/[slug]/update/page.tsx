import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/public/status-badge";
import { LastReport } from "@/components/workspace/last-report";
import { ProgressUpdateForm } from "@/components/workspace/progress-update-form";
import { postProgressUpdateAction } from "@/lib/actions/post-progress-update";
import { signInPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { getCommitmentForUpdate } from "@/lib/data/workspace/get-commitment-for-update";
import { isoDay } from "@/lib/domain/iso-day";
import { statusCategory } from "@/lib/domain/implementation-status";
import { formatPercent } from "@/lib/i18n/format-percent";
import { DATE_AND_TIME } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspace.update");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportProgressPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const path = `/workspace/commitments/${encodeURIComponent(slug)}/update`;
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath(path));
  const t = await getTranslations("workspace.update");
  // "No change since the last report": the form comes prefilled with the last report and a standard sentence, and
  // the person confirms it by submitting (nothing is saved by following the link).
  const noChange = query.nochange === "1";
  // Another member's commitment (or the secretariat, which does not report) gets the same 404 as a mistyped address.
  const draftId = typeof query.draft === "string" ? query.draft : undefined;
  const data = await getCommitmentForUpdate(user, slug, {
    draftId,
    noChangeNarrative: noChange ? t("noChange.narrative") : undefined,
  });
  if (!data) notFound();

  const format = await getFormatter();
  const { commitment, draft } = data;
  const canSayNoChange = data.lastPublished !== null;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/workspace">{t("back")}</Link>
      </p>
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("commitment")}</dt>
          <dd>
            <Link href={`/workspace/commitments/${commitment.slug}`}>{commitment.title}</Link>
          </dd>
          <dt className="font-semibold">{t("member")}</dt>
          <dd>{commitment.memberName}</dd>
          <dt className="font-semibold">{t("currentStatus")}</dt>
          <dd>
            <StatusBadge status={statusCategory(commitment.currentStatus)} />
          </dd>
          <dt className="font-semibold">{t("currentPercent")}</dt>
          <dd>
            {commitment.currentPercent === null ? t("noPercent") : formatPercent(format, commitment.currentPercent)}
          </dd>
          <dt className="font-semibold">{t("lastPublished")}</dt>
          <dd>
            {commitment.lastPublishedAt ? format.dateTime(commitment.lastPublishedAt, DATE_AND_TIME) : t("never")}
          </dd>
        </dl>
        <p>{t("reviewNote")}</p>
      </header>

      {draft?.reviewState === "RETURNED" ? (
        <div role="note" className="space-y-2 rounded border-s-4 border-warning bg-warning-light p-4">
          <h2 className="text-lg">{t("returned.title")}</h2>
          <p>{t("returned.body")}</p>
          {draft.reviewComment ? (
            <>
              <p className="font-semibold">{t("returned.comment")}</p>
              <blockquote className="whitespace-pre-line border-s-2 border-line-strong ps-3">
                {draft.reviewComment}
              </blockquote>
            </>
          ) : null}
        </div>
      ) : draft ? (
        <p>{t("resumed", { date: format.dateTime(draft.savedAt, DATE_AND_TIME) })}</p>
      ) : null}

      {noChange && canSayNoChange ? (
        <p role="note" className="rounded border-s-4 border-brand bg-brand-light p-3">
          {t("noChange.active")}
        </p>
      ) : canSayNoChange ? (
        <div className="space-y-1">
          <p>
            <Link href={`${path}?nochange=1`} className="font-semibold">
              {t("noChange.link")}
            </Link>
          </p>
          <p className="text-sm text-ink-muted">{t("noChange.hint")}</p>
        </div>
      ) : null}

      <LastReport report={data.lastPublished} />

      <ProgressUpdateForm
        action={postProgressUpdateAction}
        commitmentId={commitment.id}
        draft={draft ? { id: draft.id, version: draft.version } : null}
        initialValues={data.values}
        milestones={data.milestones.map((m) => ({
          id: m.id,
          title: m.title,
          dueDate: m.dueDate ? isoDay(m.dueDate) : null,
          reached: m.reached,
        }))}
        signInHref={signInPath(path)}
      />
    </div>
  );
}
