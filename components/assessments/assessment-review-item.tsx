import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import type { AssessmentQueueItem } from "@/lib/data/secretariat/list-assessment-queue";
import { statusCategory } from "@/lib/domain/implementation-status";
import { DemoBadge } from "@/components/public/demo-badge";
import { StatusBadge } from "@/components/public/status-badge";
import { ReviewDecisionForm } from "@/components/secretariat/review/review-decision-form";
import { SecretariatOnlyParts } from "@/components/updates/secretariat-only-parts";
import { isolate } from "@/lib/i18n/isolate";

type Props = { item: AssessmentQueueItem; action: FormAction<ConsoleFormState>; returnQuery: string };

/** One submitted assessment in the review queue: whose, the rating beside the member's own status, the text, and the
 * same decision form as an update's (publish, or return with a comment). */
export function AssessmentReviewItem({ item, action, returnQuery }: Props) {
  const t = useTranslations("assessments.review");
  const tDecision = useTranslations("review.decision");
  const format = useFormatter();
  const headingId = `assessment-${item.id}`;
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded border border-line p-4">
      <header className="space-y-2">
        <h2 id={headingId} className="text-xl">
          {t("heading", { title: item.commitment.title })}
          {item.isDemo && (
            <span className="ms-2 align-middle">
              <DemoBadge />
            </span>
          )}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("member")}</dt>
          <dd>{item.commitment.member.name}</dd>
          <dt className="font-semibold">{t("organisation")}</dt>
          <dd>
            {item.organisation.name}
            {item.author ? ` (${item.author.name})` : ""}
          </dd>
          <dt className="font-semibold">{t("period")}</dt>
          <dd>{t("periodValue", { from: day(item.periodFrom), to: day(item.periodTo) })}</dd>
          <dt className="font-semibold">{t("selfReported")}</dt>
          <dd>
            <StatusBadge status={statusCategory(item.commitment.currentStatus)} />
          </dd>
          <dt className="font-semibold">{t("assessed")}</dt>
          <dd>
            <StatusBadge status={item.status} />
          </dd>
        </dl>
        <p className="text-sm">
          <Link href={`/commitments/${item.commitment.slug}`}>{t("publicPage")}</Link>
        </p>
      </header>
      <div className="max-w-3xl whitespace-pre-line" lang={item.language}>
        {item.narrative}
      </div>
      {item.evidence.length > 0 && (
        <ul className="list-disc space-y-1 ps-5 text-sm">
          {item.evidence.map((link) => (
            <li key={link.id} className="break-all">
              <a href={link.url} rel="noopener noreferrer nofollow">
                {link.label ?? link.url}
              </a>
            </li>
          ))}
        </ul>
      )}
      <SecretariatOnlyParts
        passage={item.privatePassage?.body ?? null}
        links={item.privateEvidence}
        lang={item.language}
        who={t("secretariatOnlyWho")}
      />
      <section aria-labelledby={`${headingId}-decision`} className="space-y-2 border-t border-line pt-4">
        <h3 id={`${headingId}-decision`} className="text-lg">
          {tDecision("heading")}
        </h3>
        <ReviewDecisionForm
          action={action}
          updateId={item.id}
          version={item.version}
          title={item.commitment.title}
          hasEvidence={false}
          returnQuery={returnQuery}
          names={{
            publish: t("publishOn", { title: isolate(item.commitment.title) }),
            return: t("returnOn", { title: isolate(item.commitment.title) }),
          }}
        />
      </section>
    </article>
  );
}
