import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/demo-badge";
import { Pagination } from "@/components/public/pagination";
import { VerificationBadge } from "@/components/explorer/verification-badge";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { FilterForm, MemberThemeFilters } from "@/components/secretariat/filter-form";
import { PublishedTable } from "@/components/secretariat/review/published-table";
import { ReviewItem } from "@/components/secretariat/review/review-item";
import { VerifyEvidenceForm } from "@/components/secretariat/review/verify-evidence-form";
import { reviewUpdateAction } from "@/lib/actions/review-update";
import { reviewAssessmentAction } from "@/lib/actions/review-assessment";
import { AssessmentReviewItem } from "@/components/assessments/assessment-review-item";
import { listAssessmentQueue } from "@/lib/data/secretariat/list-assessment-queue";
import { verifyEvidenceAction } from "@/lib/actions/verify-evidence";
import { getConsoleCounts } from "@/lib/data/secretariat/get-console-counts";
import { listFilterChoices } from "@/lib/data/secretariat/list-filter-choices";
import { listReviewQueue, REVIEW_ORDERS } from "@/lib/data/secretariat/list-review-queue";
import { listUpdatesToVerify } from "@/lib/data/secretariat/list-updates-to-verify";
import { listPublishedUpdates } from "@/lib/data/secretariat/list-published-updates";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import {
  enumParam,
  keptQuery,
  pageParam,
  textParam,
  uuidParam,
  type SearchParams,
} from "@/lib/validation/console-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("metaTitle"), robots: { index: false } };
}

const PATH = "/secretariat/review";

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const view = enumParam(params, "view", ["submitted", "verify", "published", "assessments"] as const) ?? "submitted";
  const order = enumParam(params, "order", REVIEW_ORDERS) ?? "newest";
  const filters = {
    memberId: uuidParam(params, "member"),
    themeId: uuidParam(params, "theme"),
    page: pageParam(params),
    order,
  };
  const data = await readForPage(pagePath(PATH, params), async (user) => {
    // The first read refuses (and records the refusal) before any other runs.
    const counts = await getConsoleCounts(user);
    const [choices, queue, toVerify, published, assessments] = await Promise.all([
      listFilterChoices(user),
      view === "submitted" ? listReviewQueue(user, filters) : null,
      view === "verify" ? listUpdatesToVerify(user, filters) : null,
      view === "published" ? listPublishedUpdates(user, filters) : null,
      view === "assessments" ? listAssessmentQueue(user, { page: filters.page }) : null,
    ]);
    return { counts, choices, queue, toVerify, published, assessments };
  });
  const { counts, choices, queue, toVerify, published, assessments } = data;
  const [t, tAssessments, format] = await Promise.all([
    getTranslations("review"),
    getTranslations("assessments.review"),
    getFormatter(),
  ]);
  const query = keptQuery(params, ["view", "member", "theme", "order"]);
  const returnQuery = new URLSearchParams(keptQuery(params, ["view", "member", "theme", "order", "page"])).toString();
  const done = textParam(params, "done", 20);
  const filtered = Boolean(filters.memberId || filters.themeId);
  const tab = (target: "submitted" | "verify" | "published" | "assessments", label: string) => (
    <li>
      <Link
        href={{ pathname: PATH, query: { ...query, view: target } }}
        aria-current={view === target ? "page" : undefined}
        className={`inline-block rounded-t border border-b-0 px-3 py-2 ${view === target ? "border-line-strong bg-paper font-semibold" : "border-transparent"}`}
      >
        {label}
      </Link>
    </li>
  );

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>
      <ConfirmationNotice
        message={
          done && t.has(`done.${done}`)
            ? t(`done.${done}` as "done.published")
            : done && tAssessments.has(`done.${done}`)
              ? tAssessments(`done.${done}` as "done.assessmentPublished")
              : null
        }
      />
      <nav aria-label={t("tabs.label")} className="border-b border-line-strong">
        <ul className="flex flex-wrap gap-1">
          {tab("submitted", t("tabs.submitted", { count: counts.submitted }))}
          {tab("verify", t("tabs.verify", { count: counts.toVerify }))}
          {tab("published", t("tabs.published"))}
          {tab("assessments", tAssessments("tab"))}
        </ul>
      </nav>
      <FilterForm
        action={PATH}
        legend={t("filters.legend")}
        submitLabel={t("filters.apply")}
        clearLabel={t("filters.clear")}
        hidden={order === "newest" ? { view } : { view, order }}
      >
        <MemberThemeFilters memberId={filters.memberId} themeId={filters.themeId} choices={choices} />
      </FilterForm>

      {queue && (
        <section aria-label={t("tabs.submitted", { count: queue.total })} className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
            <p className="font-semibold">
              {queue.oldestSubmittedAt && queue.total > 1
                ? t("countWithOldest", {
                    count: queue.total,
                    date: format.dateTime(queue.oldestSubmittedAt, { dateStyle: "medium" }),
                  })
                : t("count", { count: queue.total })}
            </p>
            <nav aria-label={t("order.label")}>
              <ul className="flex flex-wrap gap-4 text-sm">
                {REVIEW_ORDERS.map((value) => (
                  <li key={value}>
                    <Link
                      href={{ pathname: PATH, query: { ...query, order: value === "newest" ? undefined : value } }}
                      aria-current={order === value ? "true" : undefined}
                      className={order === value ? "font-semibold text-ink no-underline" : undefined}
                    >
                      {t(`order.${value}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          {queue.items.length === 0 && <p>{filtered ? t("emptyFiltered") : t("empty")}</p>}
          {queue.items.map((item) => (
            <ReviewItem key={item.id} item={item} action={reviewUpdateAction} returnQuery={returnQuery} />
          ))}
          <Pagination
            page={queue.page}
            pageCount={queue.pageCount}
            pathname={PATH}
            query={query}
            label={t("pagination")}
          />
        </section>
      )}

      {assessments && (
        <section aria-label={tAssessments("tab")} className="space-y-4">
          <p className="max-w-3xl text-sm text-ink-muted">{tAssessments("intro")}</p>
          <p className="font-semibold">{t("count", { count: assessments.total })}</p>
          {assessments.items.length === 0 && <p>{tAssessments("empty")}</p>}
          {assessments.items.map((item) => (
            <AssessmentReviewItem key={item.id} item={item} action={reviewAssessmentAction} returnQuery={returnQuery} />
          ))}
          <Pagination
            page={assessments.page}
            pageCount={assessments.pageCount}
            pathname={PATH}
            query={query}
            label={t("pagination")}
          />
        </section>
      )}

      {toVerify && (
        <section aria-label={t("tabs.verify", { count: toVerify.total })} className="space-y-4">
          <p className="font-semibold">{t("count", { count: toVerify.total })}</p>
          <ConsoleTable
            caption={t("verify.caption")}
            empty={toVerify.items.length === 0 ? t("emptyVerify") : null}
            columns={[
              { label: t("verify.commitment") },
              { label: t("verify.published") },
              { label: t("verify.verification") },
              { label: t("verify.evidence") },
              { label: t("verify.action") },
            ]}
          >
            {toVerify.items.map((update) => (
              <tr key={update.id}>
                <td>
                  <Link href={`/commitments/${update.commitment.slug}`}>{update.commitment.title}</Link>
                  <span className="block text-ink-muted">{update.commitment.member.name}</span>
                  {update.isDemo && <DemoBadge />}
                </td>
                <td>{update.publishedAt ? format.dateTime(update.publishedAt, { dateStyle: "medium" }) : ""}</td>
                <td>
                  <VerificationBadge verification={update.verification} />
                </td>
                <td>
                  <ul className="space-y-1">
                    {update.evidence.map((link) => (
                      <li key={link.url} className="break-all">
                        <a href={link.url} rel="noopener noreferrer nofollow">
                          {link.label ?? link.url}
                        </a>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="space-y-2">
                  <Link href={`/secretariat/updates/${update.id}`} className="block text-sm">
                    {t("published.openOn", { title: update.commitment.title })}
                  </Link>
                  <VerifyEvidenceForm
                    action={verifyEvidenceAction}
                    updateId={update.id}
                    version={update.version}
                    title={update.commitment.title}
                    returnQuery={returnQuery}
                  />
                </td>
              </tr>
            ))}
          </ConsoleTable>
          <Pagination
            page={toVerify.page}
            pageCount={toVerify.pageCount}
            pathname={PATH}
            query={query}
            label={t("pagination")}
          />
        </section>
      )}
      {published && (
        <section aria-label={t("tabs.published")} className="space-y-4">
          <p className="font-semibold">{t("count", { count: published.total })}</p>
          <PublishedTable
            caption={t("published.caption")}
            empty={t("published.empty")}
            rows={published.items.map((update) => ({
              id: update.id,
              href: `/secretariat/updates/${update.id}`,
              openLabel: t("published.openOn", { title: update.commitment.title }),
              title: update.commitment.title,
              memberName: update.commitment.member.name,
              isDemo: update.isDemo,
              publishedAt: update.publishedAt,
              narrativeRedacted: update.narrativeRedactedAt !== null,
              linksRedacted: update._count.redactedEvidence,
              hasSecretariatOnly: Boolean(update.privatePassage) || update._count.privateEvidence > 0,
            }))}
          />
          <Pagination
            page={published.page}
            pageCount={published.pageCount}
            pathname={PATH}
            query={query}
            label={t("pagination")}
          />
        </section>
      )}
    </div>
  );
}
