import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { StatusBadge } from "@/components/public/status-badge";
import { RedactForm } from "@/components/secretariat/review/redact-form";
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
  const [t, format] = await Promise.all([getTranslations("review.published"), getFormatter()]);
  const tRedact = await getTranslations("review.redact");
  const date = (when: Date) => format.dateTime(when, { dateStyle: "long" });
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
        {update.narrativeRedactedAt ? (
          <p className="italic">{t("redactedOn", { date: date(update.narrativeRedactedAt) })}</p>
        ) : (
          <>
            <p className="whitespace-pre-line" lang={update.language}>
              {update.narrative}
            </p>
            {update.narrative !== "" && (
              <RedactForm
                action={redactUpdateAction}
                updateId={update.id}
                version={update.version}
                part="narrative"
                submitLabel={tRedact("narrative")}
              />
            )}
          </>
        )}
      </section>
      <section aria-labelledby="evidence-heading" className="space-y-3">
        <h2 id="evidence-heading" className="text-xl">
          {t("evidence")}
        </h2>
        {update.evidence.length === 0 && update.redactedEvidence.length === 0 && <p>{t("noEvidence")}</p>}
        <ul className="space-y-4">
          {update.evidence.map((link) => (
            <li key={link.id} className="space-y-2 rounded border border-line p-3">
              <p className="break-all">
                <a href={link.url} rel="noopener noreferrer nofollow" dir="ltr">
                  {link.label ?? link.url}
                </a>
              </p>
              <RedactForm
                action={redactUpdateAction}
                updateId={update.id}
                version={update.version}
                part={link.id}
                submitLabel={tRedact("link", { label: link.label ?? link.url })}
              />
            </li>
          ))}
          {update.redactedEvidence.map((link) => (
            <li key={link.id} className="italic">
              {t("redactedOn", { date: date(link.redactedAt) })}
            </li>
          ))}
        </ul>
      </section>
      <SecretariatOnlyParts
        passage={update.privatePassage?.body ?? null}
        links={update.privateEvidence}
        headingLevel="h2"
        lang={update.language}
      />
    </div>
  );
}
