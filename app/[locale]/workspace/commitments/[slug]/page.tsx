import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/demo-badge";
import { StatusBadge } from "@/components/public/status-badge";
import { UpdateHistory } from "@/components/workspace/update-history";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { signInPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { getWorkspaceCommitment } from "@/lib/data/workspace/get-workspace-commitment";
import { statusCategory } from "@/lib/domain/implementation-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspace.commitment");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WorkspaceCommitmentPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const path = `/workspace/commitments/${encodeURIComponent(slug)}`;
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath(path));
  const commitment = await getWorkspaceCommitment(user, slug);
  if (!commitment) notFound();

  const [t, tNotices, tStatuses, tWorkspace, tAssessments, format] = await Promise.all([
    getTranslations("workspace.commitment"),
    getTranslations("workspace.notices"),
    getTranslations("statuses"),
    getTranslations("workspace"),
    getTranslations("assessments.respond"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const approved = commitment.approval === "APPROVED";

  return (
    <div className="max-w-4xl space-y-8">
      <p>
        <Link href="/workspace">{t("back")}</Link>
      </p>
      {query.edited === "1" ? (
        <ConfirmationNotice title={tNotices("edited.title")} message={tNotices("edited.body")} />
      ) : null}
      <header className="space-y-3">
        <h1 className="text-3xl">{commitment.title}</h1>
        {commitment.isDemo ? <DemoBadge /> : null}
        {approved ? (
          <p>
            <Link href={`/commitments/${commitment.slug}`}>{t("publicPage")}</Link>
          </p>
        ) : (
          <p className="font-semibold">{t("notPublic", { approval: tWorkspace(`approval.${commitment.approval}`) })}</p>
        )}
        {commitment.approvalComment && !approved ? (
          <div className="rounded border-s-4 border-warning bg-warning-light p-3">
            <p className="font-semibold">{t("approvalComment")}</p>
            <p className="whitespace-pre-line">{commitment.approvalComment}</p>
          </div>
        ) : null}
        <p className="flex flex-wrap gap-4">
          {approved ? (
            <Link href={`/workspace/commitments/${commitment.slug}/update`} className="font-semibold">
              {t("report")}
            </Link>
          ) : null}
          <Link href={`/workspace/commitments/${commitment.slug}/edit`} className="font-semibold">
            {t("edit")}
          </Link>
          {approved ? (
            <Link href={`/workspace/commitments/${commitment.slug}/assessments`}>{tAssessments("link")}</Link>
          ) : null}
        </p>
      </header>

      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("member")}</dt>
        <dd>{commitment.member.name}</dd>
        <dt className="font-semibold">{t("meeting")}</dt>
        <dd>{commitment.meeting.title}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>
          <StatusBadge status={statusCategory(commitment.currentStatus)} />
        </dd>
        <dt className="font-semibold">{t("themes")}</dt>
        <dd>{commitment.themes.join(", ")}</dd>
        <dt className="font-semibold">{t("pillars")}</dt>
        <dd>{commitment.pillars.map((p) => tStatuses(`pillar.${p}`)).join(", ")}</dd>
        <dt className="font-semibold">{t("targetDate")}</dt>
        <dd>{commitment.targetDate ? date(commitment.targetDate) : t("noTargetDate")}</dd>
        {commitment.indicatorName ? (
          <>
            <dt className="font-semibold">{t("indicator")}</dt>
            <dd>
              {t("indicatorValue", {
                name: commitment.indicatorName,
                baseline: commitment.indicatorBaseline ?? "—",
                target: commitment.indicatorTarget ?? "—",
                unit: commitment.indicatorUnit ?? "",
              })}
            </dd>
          </>
        ) : null}
      </dl>

      <section className="space-y-2">
        <h2 className="text-xl">{t("description")}</h2>
        <p className="whitespace-pre-line">{commitment.description}</p>
        {commitment.sourceExcerpt ? (
          <>
            <h3 className="font-semibold">{t("sourceExcerpt")}</h3>
            <blockquote className="border-s-2 border-line-strong ps-3 italic">{commitment.sourceExcerpt}</blockquote>
          </>
        ) : null}
      </section>

      <section className="space-y-2">
        <h2 className="text-xl">{t("milestones")}</h2>
        {commitment.milestones.length === 0 ? (
          <p>{t("noMilestones")}</p>
        ) : (
          <ul className="list-disc ps-5">
            {commitment.milestones.map((m) => (
              <li key={m.id}>
                {m.title}
                {m.dueDate ? ` (${t("milestoneDue", { date: date(m.dueDate) })})` : ""}
                {m.reachedOn ? ` (${t("milestoneReached", { date: date(m.reachedOn) })})` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-2xl">
          {t("history")}
        </h2>
        <p className="text-sm text-ink-muted">{t("historyIntro")}</p>
        {commitment.updates.length === 0 ? (
          <p>{t("noHistory")}</p>
        ) : (
          <UpdateHistory updates={commitment.updates} updateHref={`/workspace/commitments/${commitment.slug}/update`} />
        )}
      </section>
    </div>
  );
}
