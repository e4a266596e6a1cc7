import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { getFormatter, getTranslations } from "next-intl/server";
import { CommitmentList } from "@/components/workspace/commitment-list";
import { ProposalList } from "@/components/workspace/proposal-list";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { signInPath } from "@/lib/auth/callback-url";
import { isReviewer, isSecretariat } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";
import { listMyCommitments } from "@/lib/data/workspace/list-my-commitments";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspace");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WorkspacePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath("/workspace"));
  // The secretariat has no member of its own, and does not report for members: its work area is elsewhere.
  if (isSecretariat(user)) return redirectInLocale("/secretariat");
  // A civil-society reviewer's work is independent assessments (docs/decisions/0022-independent-assessments.md).
  if (isReviewer(user)) return redirectInLocale("/workspace/assessments");

  const [{ commitments, proposals, cycle }, t, format, params] = await Promise.all([
    listMyCommitments(user),
    getTranslations("workspace"),
    getFormatter(),
    searchParams,
  ]);
  const member = user.member?.name ?? "";
  // Only a slug from this focal point's own lists is echoed back, so a crafted link cannot make a notice say
  // anything else.
  const submitted = commitments.find((c) => c.slug === params.submitted);
  const proposed = proposals.find((p) => p.slug === params.proposed);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro", { member })}</p>
        <p className="text-sm text-ink-muted">
          {cycle
            ? t("cycle.current", { name: cycle.name, due: format.dateTime(cycle.dueOn, { dateStyle: "long" }) })
            : t("cycle.none")}
        </p>
      </header>
      {submitted ? (
        <ConfirmationNotice
          title={t("notices.submitted.title")}
          message={t("notices.submitted.body", { title: submitted.title })}
        />
      ) : null}
      {proposed ? (
        <ConfirmationNotice
          title={t("notices.proposed.title")}
          message={t("notices.proposed.body", { title: proposed.title })}
        />
      ) : null}

      <section aria-labelledby="commitments-heading" className="space-y-3">
        <h2 id="commitments-heading" className="text-2xl">
          {t("list.title")}
        </h2>
        {commitments.length === 0 ? (
          <p>{t("empty", { member })}</p>
        ) : (
          <CommitmentList commitments={commitments} member={member} />
        )}
      </section>

      <section aria-labelledby="proposals-heading" className="space-y-3">
        <h2 id="proposals-heading" className="text-2xl">
          {t("proposals.title")}
        </h2>
        <p className="max-w-3xl">{t("proposals.intro")}</p>
        <p>
          <Link href="/workspace/proposals/new" className="font-semibold">
            {t("proposals.new")}
          </Link>
        </p>
        <ProposalList proposals={proposals} member={member} />
      </section>
    </div>
  );
}
