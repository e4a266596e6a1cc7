import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { StatusBadge } from "@/components/public/status-badge";
import { RedactableEvidence, RedactableText } from "@/components/secretariat/review/redactable-parts";
import { SecretariatOnlyParts } from "@/components/updates/secretariat-only-parts";
import { redactUpdateAction } from "@/lib/actions/redact-update";
import { getPublishedUpdate } from "@/lib/data/secretariat/get-published-update";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { textParam, type SearchParams } from "@/lib/validation/console-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.published");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** One published update for the secretariat: what the public sees, its secretariat-only parts, and redaction. */
export default async function PublishedUpdatePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const update = await readForPage(pagePath(`/secretariat/updates/${id}`, query), (user) =>
    getPublishedUpdate(user, id),
  );
  if (!update) notFound();
  const [t, tRedact, format] = await Promise.all([
    getTranslations("review.published"),
    getTranslations("review.redact"),
    getFormatter(),
  ]);
  const date = (when: Date) => format.dateTime(when, { dateStyle: "long" });
  const record = { action: redactUpdateAction, id: update.id, version: update.version };
  const done = textParam(query, "done", 20);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href="/secretariat/review?view=published">{t("back")}</Link>
        </p>
        <p className="text-sm font-semibold text-ink-muted">{t("eyebrow")}</p>
        <h1 className="text-3xl">{update.commitment.title}</h1>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("member")}</dt>
          <dd>{update.commitment.member.name}</dd>
          <dt className="font-semibold">{t("publishedOn")}</dt>
          <dd>{update.publishedAt ? date(update.publishedAt) : ""}</dd>
        </dl>
        <p>
          <Link href={`/commitments/${update.commitment.slug}`}>{t("publicPage")}</Link>
        </p>
      </header>
      <ConfirmationNotice message={done === "redacted" ? t("redactedNotice") : null} />
      <p>
        <StatusBadge status={update.status} />
      </p>
      <section aria-labelledby="narrative-heading" className="space-y-3">
        <h2 id="narrative-heading" className="text-xl">
          {t("narrative")}
        </h2>
        <RedactableText
          record={record}
          part="narrative"
          text={update.narrative}
          language={update.language}
          redactedAt={update.narrativeRedactedAt}
          submitLabel={tRedact("narrative")}
        />
      </section>
      <RedactableEvidence record={record} evidence={update.evidence} redactedEvidence={update.redactedEvidence} />
      <SecretariatOnlyParts
        passage={update.privatePassage?.body ?? null}
        links={update.privateEvidence}
        headingLevel="h2"
        lang={update.language}
      />
    </div>
  );
}
