import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/demo-badge";
import { Pagination } from "@/components/public/pagination";
import { StatusBadge } from "@/components/public/status-badge";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { FilterForm, SelectFilter, TextFilter } from "@/components/secretariat/filter-form";
import { ProposalDecisionForm } from "@/components/secretariat/register/proposal-decision-form";
import { decideProposalAction } from "@/lib/actions/decide-proposal";
import { listCommitmentsForDecision } from "@/lib/data/secretariat/list-commitments-for-decision";
import { listFilterChoices } from "@/lib/data/secretariat/list-filter-choices";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { statusCategory } from "@/lib/domain/implementation-status";
import {
  enumParam,
  keptQuery,
  pageParam,
  textParam,
  uuidParam,
  type SearchParams,
} from "@/lib/validation/console-params";
import { isolate } from "@/lib/i18n/isolate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.commitments");
  return { title: t("metaTitle"), robots: { index: false } };
}

const PATH = "/secretariat/commitments";
const VIEWS = ["proposed", "returned", "approved"] as const;

export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const view = enumParam(params, "view", VIEWS) ?? "proposed";
  const filters = {
    view,
    search: textParam(params, "search"),
    memberId: uuidParam(params, "member"),
    page: pageParam(params),
  };
  const { list, choices } = await readForPage(pagePath(PATH, params), async (user) => {
    const list = await listCommitmentsForDecision(user, filters);
    return { list, choices: await listFilterChoices(user) };
  });
  const [t, tRegister, format] = await Promise.all([
    getTranslations("register.commitments"),
    getTranslations("register"),
    getFormatter(),
  ]);
  const query = keptQuery(params, ["view", "search", "member"]);
  const returnQuery = new URLSearchParams(keptQuery(params, ["view", "search", "member", "page"])).toString();
  const done = textParam(params, "done", 20);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>
      <ConfirmationNotice
        message={done && tRegister.has(`done.${done}`) ? tRegister(`done.${done}` as "done.discontinued") : null}
      />
      <nav aria-label={t("tabs.label")} className="border-b border-line-strong">
        <ul className="flex flex-wrap gap-1">
          {VIEWS.map((target) => (
            <li key={target}>
              <Link
                href={{ pathname: PATH, query: { ...query, view: target } }}
                aria-current={view === target ? "page" : undefined}
                className={`inline-block rounded-t border border-b-0 px-3 py-2 ${view === target ? "border-line-strong bg-paper font-semibold" : "border-transparent"}`}
              >
                {t(`tabs.${target}`, { count: list.counts[target] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <FilterForm
        action={PATH}
        legend={t("filters")}
        submitLabel={t("apply")}
        clearLabel={t("clear")}
        hidden={{ view }}
      >
        <TextFilter name="search" label={t("search")} value={filters.search} />
        <SelectFilter
          name="member"
          label={t("member")}
          value={filters.memberId}
          allLabel={t("all")}
          options={choices.members.map((m) => ({ value: m.id, label: m.name }))}
        />
      </FilterForm>
      <p className="font-semibold">{t("count", { count: list.total })}</p>
      {list.items.length === 0 && <p>{view === "proposed" ? t("emptyProposed") : t("empty")}</p>}

      {view !== "approved" &&
        list.items.map((commitment) => (
          <article
            key={commitment.id}
            aria-labelledby={`proposal-${commitment.id}-title`}
            className="space-y-3 rounded border border-line p-4"
          >
            <h2 id={`proposal-${commitment.id}-title`} className="text-xl">
              {commitment.title} {commitment.isDemo && <DemoBadge />}
            </h2>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t("member")}</dt>
              <dd>{commitment.member.name}</dd>
              <dt className="font-semibold">{t("meeting")}</dt>
              <dd>{commitment.meeting.title}</dd>
              <dt className="font-semibold">{t("proposedBy")}</dt>
              <dd>
                {commitment.proposedBy
                  ? `${commitment.proposedBy.name} (${commitment.proposedBy.email})`
                  : t("unknownProposer")}
              </dd>
              <dt className="font-semibold">{t("proposedOn")}</dt>
              <dd>{format.dateTime(commitment.createdAt, { dateStyle: "medium" })}</dd>
              <dt className="font-semibold">{t("targetDate")}</dt>
              <dd>
                {commitment.targetDate
                  ? format.dateTime(commitment.targetDate, { dateStyle: "medium" })
                  : t("noTargetDate")}
              </dd>
            </dl>
            <p className="whitespace-pre-wrap">{commitment.description}</p>
            {view === "returned" && commitment.approvalComment && (
              <p className="rounded border-s-4 border-warning bg-warning-light p-3">
                {t("returnedComment", { comment: commitment.approvalComment })}
              </p>
            )}
            {view === "proposed" && (
              <section
                aria-labelledby={`proposal-${commitment.id}-decision`}
                className="space-y-2 border-t border-line pt-3"
              >
                <h3 id={`proposal-${commitment.id}-decision`} className="text-lg">
                  {t("decision")}
                </h3>
                <ProposalDecisionForm
                  action={decideProposalAction}
                  commitmentId={commitment.id}
                  version={commitment.version}
                  title={commitment.title}
                  returnQuery={returnQuery}
                />
              </section>
            )}
          </article>
        ))}

      {view === "approved" && list.items.length > 0 && (
        <ConsoleTable
          caption={t("caption")}
          columns={[
            { label: t("columns.title") },
            { label: t("columns.member") },
            { label: t("columns.status") },
            { label: t("columns.actions") },
          ]}
        >
          {list.items.map((commitment) => (
            <tr key={commitment.id}>
              <th scope="row" className="font-normal">
                <Link href={`/commitments/${commitment.slug}`}>{commitment.title}</Link>{" "}
                {commitment.isDemo && <DemoBadge />}
              </th>
              <td>{commitment.member.name}</td>
              <td>
                <StatusBadge status={statusCategory(commitment.currentStatus)} />
                {commitment.currentStatus === "DISCONTINUED" && commitment.discontinuedReason && (
                  <span className="mt-1 block text-ink-muted">
                    {t("discontinued", { reason: commitment.discontinuedReason })}
                  </span>
                )}
              </td>
              <td className="space-x-3">
                <Link
                  href={`${PATH}/${commitment.id}/record`}
                  aria-label={t("recordName", { title: isolate(commitment.title) })}
                >
                  {t("record")}
                </Link>
                {commitment.currentStatus !== "DISCONTINUED" && (
                  <Link
                    href={`${PATH}/${commitment.id}/discontinue`}
                    aria-label={t("discontinueName", { title: isolate(commitment.title) })}
                  >
                    {t("discontinue")}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </ConsoleTable>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} pathname={PATH} query={query} label={t("pagination")} />
    </div>
  );
}
