import { Link } from "@/lib/i18n/navigation";
import { useFormatter, useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/safe-action";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { ReviewQueueItem } from "@/lib/data/secretariat/list-review-queue";
import { DemoBadge } from "@/components/public/demo-badge";
import { SecretariatOnlyParts } from "@/components/updates/secretariat-only-parts";
import { ReviewDecisionForm } from "./review-decision-form";
import { UpdateDiffView } from "./update-diff-view";

type Props = { item: ReviewQueueItem; action: FormAction<ConsoleFormState>; returnQuery: string };

/** One submitted update in the queue: who sent it, what it changes, and the decision form. */
export function ReviewItem({ item, action, returnQuery }: Props) {
  const t = useTranslations("review.item");
  const tApproval = useTranslations("workspace.approval");
  const tDecision = useTranslations("review.decision");
  const format = useFormatter();
  const headingId = `update-${item.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded border border-line p-4">
      <header className="space-y-2">
        <h2 id={headingId} className="text-xl">
          {item.commitment.title}
          {item.isDemo && (
            <span className="ms-2 align-middle">
              <DemoBadge />
            </span>
          )}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("member")}</dt>
          <dd>{item.commitment.member.name}</dd>
          <dt className="font-semibold">{t("submittedBy")}</dt>
          <dd>{item.author ? `${item.author.name} (${item.author.email})` : t("unknownAuthor")}</dd>
          <dt className="font-semibold">{t("submittedAt")}</dt>
          <dd>{format.dateTime(item.submittedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
          <dt className="font-semibold">{t("cycle")}</dt>
          <dd>{item.cycle ?? t("noCycle")}</dd>
        </dl>
        <p className="text-sm">
          {item.commitment.approval === "APPROVED" ? (
            <Link href={`/commitments/${item.commitment.slug}`}>{t("publicPage")}</Link>
          ) : (
            t("notPublic", { approval: tApproval(item.commitment.approval) })
          )}
        </p>
        <p className="text-sm text-ink-muted">
          {item.previousPublishedAt
            ? t("comparedWith", { date: format.dateTime(item.previousPublishedAt, { dateStyle: "medium" }) })
            : t("firstUpdate")}
        </p>
      </header>
      <UpdateDiffView diff={item.diff} idPrefix={headingId} />
      <SecretariatOnlyParts {...item.secretariatOnly} lang={item.language} />
      <section aria-labelledby={`${headingId}-decision`} className="space-y-2 border-t border-line pt-4">
        <h3 id={`${headingId}-decision`} className="text-lg">
          {tDecision("heading")}
        </h3>
        <ReviewDecisionForm
          action={action}
          updateId={item.id}
          version={item.version}
          title={item.commitment.title}
          hasEvidence={item.evidence.length > 0}
          returnQuery={returnQuery}
        />
      </section>
    </article>
  );
}
