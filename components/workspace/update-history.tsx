// Every update of a commitment as its focal points see it: drafts (their own), submitted, returned with the
// secretariat's comment, and published. All user text is rendered as text; evidence becomes a link only when it is
// an http(s) address.
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/demo-badge";
import { StatusBadge } from "@/components/public/status-badge";
import { SecretariatOnlyParts } from "@/components/updates/secretariat-only-parts";
import type { WorkspaceUpdate } from "@/lib/data/workspace/get-workspace-commitment";
import { safeHttpUrl } from "@/lib/domain/evidence-url";

export async function UpdateHistory({ updates, updateHref }: { updates: WorkspaceUpdate[]; updateHref: string }) {
  const [t, tStatuses, format] = await Promise.all([
    getTranslations("workspace.history"),
    getTranslations("statuses"),
    getFormatter(),
  ]);
  return (
    <ol className="space-y-6">
      {updates.map((u) => {
        const when = u.publishedAt ?? u.reviewedAt ?? u.submittedAt ?? u.updatedAt;
        const headingId = `history-${u.id}`;
        return (
          <li key={u.id}>
            <article
              aria-labelledby={headingId}
              className="space-y-3 rounded border border-line p-4"
              data-review-state={u.reviewState}
            >
              <header className="flex flex-wrap items-center gap-2">
                <h3 id={headingId} className="text-lg">
                  {t("heading", {
                    state: tStatuses(`review.${u.reviewState}`),
                    date: format.dateTime(when, { dateStyle: "long" }),
                  })}
                </h3>
                {u.isDemo ? <DemoBadge /> : null}
              </header>
              <p className="text-sm text-ink-muted">
                {u.isMine ? t("byYou") : u.author ? t("by", { name: u.author.name }) : t("unknownAuthor")}
              </p>
              {u.reviewComment ? (
                <div className="rounded border-s-4 border-warning bg-warning-light p-3">
                  <p className="font-semibold">{t("reviewComment")}</p>
                  <p className="whitespace-pre-line">{u.reviewComment}</p>
                </div>
              ) : null}
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("status")}</dt>
                <dd>
                  <StatusBadge status={u.status} />
                </dd>
                <dt className="font-semibold">{t("percent")}</dt>
                <dd>{u.percentComplete === null ? t("noPercent") : `${u.percentComplete} %`}</dd>
                {u.reviewState === "PUBLISHED" ? (
                  <>
                    <dt className="font-semibold">{t("verification")}</dt>
                    <dd>{tStatuses(`verification.${u.verification}`)}</dd>
                  </>
                ) : null}
              </dl>
              <div>
                <p className="text-sm font-semibold">{t("narrative")}</p>
                <p className="whitespace-pre-line">
                  {u.narrativeRedactedAt
                    ? t("redacted", { date: format.dateTime(u.narrativeRedactedAt, { dateStyle: "long" }) })
                    : u.narrative || t("emptyNarrative")}
                </p>
              </div>
              <SecretariatOnlyParts
                passage={u.privatePassage?.body ?? null}
                links={u.privateEvidence}
                headingLevel="h4"
              />
              {u.evidence.length > 0 ? (
                <div className="text-sm">
                  <p className="font-semibold">{t("evidence")}</p>
                  <ul className="list-disc ps-5">
                    {u.evidence.map((link) => {
                      const href = safeHttpUrl(link.url);
                      return (
                        <li key={link.id}>
                          {href ? (
                            <>
                              <a href={href} rel="noopener noreferrer nofollow">
                                {link.label || t("evidenceFallback")}
                              </a>{" "}
                              <span className="break-all text-ink-muted">({new URL(href).hostname})</span>
                            </>
                          ) : (
                            <span>{t("unsafeLink", { url: link.url })}</span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ) : null}
              {u.milestonesReached.length > 0 ? (
                <div className="text-sm">
                  <p className="font-semibold">{t("milestones")}</p>
                  <ul className="list-disc ps-5">
                    {u.milestonesReached.map((m, i) => (
                      <li key={i}>{m.milestone.title}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {u.barriers.length > 0 ? (
                <div className="text-sm">
                  <p className="font-semibold">{t("barriers")}</p>
                  <ul className="list-disc ps-5">
                    {u.barriers.map((b) => (
                      <li key={b.id}>
                        {tStatuses(`barrier.${b.kind}`)}
                        {b.detail ? `: ${b.detail}` : ""}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {u.isMine && (u.reviewState === "DRAFT" || u.reviewState === "RETURNED") ? (
                <p>
                  <Link href={`${updateHref}?draft=${u.id}`} className="font-semibold">
                    {u.reviewState === "DRAFT" ? t("continue") : t("revise")}
                  </Link>
                </p>
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
