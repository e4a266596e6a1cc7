import { getFormatter, getTranslations } from "next-intl/server";
import { VerificationBadge } from "@/components/explorer/verification-badge";
import type { PublishedUpdate } from "@/lib/data/public/get-commitment-page";
import { safeHttpUrl } from "@/lib/domain/evidence-url";
import { DemoBadge } from "./demo-badge";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";

/** One published update in a commitment's timeline: status, progress, verification, narrative, evidence. */
export async function CommitmentUpdate({ update }: { update: PublishedUpdate }) {
  const t = await getTranslations("public.update");
  const tExplorer = await getTranslations("explorer.timeline");
  const tStatus = await getTranslations("statuses");
  const tDemo = await getTranslations("public.demo");
  const format = await getFormatter();
  const headingId = `update-${update.id}`;
  return (
    <li className="relative space-y-3 print:break-inside-avoid">
      <span
        aria-hidden="true"
        className="absolute -start-[31px] top-1.5 size-3 rounded-full border-2 border-paper bg-brand print:hidden"
      />
      <article aria-labelledby={headingId} className="space-y-3">
        <header className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="text-lg">
            {update.publishedAt ? (
              <time dateTime={update.publishedAt.toISOString()}>
                {t("publishedOn", { date: format.dateTime(update.publishedAt, { dateStyle: "long" }) })}
              </time>
            ) : (
              tStatus("review.PUBLISHED")
            )}
          </h3>
          <VerificationBadge verification={update.verification} />
          {update.isDemo && <DemoBadge />}
          {update.enteredBySecretariat && (
            <span className="rounded border border-line-strong px-2 py-0.5 text-sm">{t("enteredBySecretariat")}</span>
          )}
        </header>
        {update.isDemo && <p className="text-sm text-ink-muted">{tDemo("update")}</p>}
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("status")}</dt>
          <dd>
            <StatusBadge status={update.status} />
          </dd>
          <dt className="font-semibold">{t("progress")}</dt>
          <dd>{update.percentComplete === null ? t("noPercent") : <ProgressBar percent={update.percentComplete} />}</dd>
          {update.cycle && (
            <>
              <dt className="font-semibold">{t("cycle")}</dt>
              <dd>{update.cycle.name}</dd>
            </>
          )}
        </dl>
        {update.narrativeRedactedAt ? (
          <p className="italic">
            {t("redacted", { date: format.dateTime(update.narrativeRedactedAt, { dateStyle: "long" }) })}
          </p>
        ) : (
          <div className="max-w-3xl whitespace-pre-line" lang={update.language}>
            {update.narrative}
          </div>
        )}
        {update.milestonesReached.length > 0 && (
          <List
            title={t("milestones")}
            items={update.milestonesReached.map((m, i) => ({ key: String(i), content: m.milestone.title }))}
          />
        )}
        {update.barriers.length > 0 && (
          <List
            title={t("barriers")}
            items={update.barriers.map((b) => ({
              key: b.id,
              content: b.detail ? `${tStatus(`barrier.${b.kind}`)}: ${b.detail}` : tStatus(`barrier.${b.kind}`),
            }))}
          />
        )}
        {update.evidence.length + update.redactedEvidence.length > 0 ? (
          <List
            title={t("evidence")}
            items={[
              ...update.evidence.map((link) => ({
                key: link.id,
                content: <Evidence url={link.url} label={link.label} />,
              })),
              ...update.redactedEvidence.map((link) => ({
                key: link.id,
                content: (
                  <span className="italic">
                    {t("redacted", { date: format.dateTime(link.redactedAt, { dateStyle: "long" }) })}
                  </span>
                ),
              })),
            ]}
          />
        ) : (
          <p className="text-sm text-ink-muted">{tExplorer("noEvidence")}</p>
        )}
      </article>
    </li>
  );
}

/** An evidence link; its full address is printed after it on paper, and a bad address is shown as text only. */
async function Evidence({ url, label }: { url: string; label: string | null }) {
  const t = await getTranslations("public.update");
  const href = safeHttpUrl(url);
  if (!href) return <span>{t("unsafeLink", { url })}</span>;
  return (
    <>
      <a href={href} rel="noopener noreferrer">
        {label || t("evidenceFallback")}
      </a>{" "}
      <span className="break-all text-ink-muted print:hidden">({new URL(href).hostname})</span>
      <span className="hidden break-all print:inline">({href})</span>
    </>
  );
}

function List({ title, items }: { title: string; items: { key: string; content: React.ReactNode }[] }) {
  return (
    <div className="text-sm">
      <p className="font-semibold">{title}</p>
      <ul className="list-disc space-y-1 ps-5">
        {items.map((item) => (
          <li key={item.key}>{item.content}</li>
        ))}
      </ul>
    </div>
  );
}
