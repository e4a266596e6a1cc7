import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/demo-badge";
import { Pagination } from "@/components/public/pagination";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { FilterForm, TextFilter } from "@/components/secretariat/filter-form";
import { listMeetings } from "@/lib/data/secretariat/list-meetings";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { keptQuery, pageParam, textParam, type SearchParams } from "@/lib/validation/console-params";
import { isolate } from "@/lib/i18n/isolate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.meetings");
  return { title: t("metaTitle"), robots: { index: false } };
}

const PATH = "/secretariat/meetings";

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const search = textParam(params, "search");
  const list = await readForPage(pagePath(PATH, params), (user) =>
    listMeetings(user, { search, page: pageParam(params) }),
  );
  const [t, tRegister, tPublic, format] = await Promise.all([
    getTranslations("register.meetings"),
    getTranslations("register"),
    getTranslations("public.commitment"),
    getFormatter(),
  ]);
  const done = textParam(params, "done", 20);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <Link href="/secretariat/meetings/new" className="font-semibold">
            {t("add")}
          </Link>
        </p>
      </header>
      <ConfirmationNotice
        message={done && tRegister.has(`done.${done}`) ? tRegister(`done.${done}` as "done.meetingSaved") : null}
      />
      <FilterForm action={PATH} legend={t("filters")} submitLabel={t("apply")} clearLabel={t("clear")}>
        <TextFilter name="search" label={t("search")} value={search} />
      </FilterForm>
      <p className="font-semibold">{t("count", { count: list.total })}</p>
      <ConsoleTable
        caption={t("caption")}
        empty={list.items.length === 0 ? t("empty") : null}
        columns={[
          { label: t("columns.title") },
          { label: t("columns.dates") },
          { label: t("columns.place") },
          { label: t("columns.organisers") },
          { label: t("columns.commitments"), numeric: true },
        ]}
      >
        {list.items.map((meeting) => (
          <tr key={meeting.id}>
            <th scope="row" className="font-normal">
              <Link href={`${PATH}/${meeting.id}`} aria-label={t("editName", { title: isolate(meeting.title) })}>
                {meeting.title}
              </Link>
              <span className="block text-ink-muted">{t(`kinds.${meeting.kind}`)}</span>
              {meeting.isDemo && <DemoBadge />}
            </th>
            <td>{format.dateTimeRange(meeting.startDate, meeting.endDate, { dateStyle: "medium" })}</td>
            <td>
              {tPublic.rich("meetingWhere", {
                city: () => <bdi>{meeting.city}</bdi>,
                country: () => <bdi>{meeting.country}</bdi>,
              })}
            </td>
            <td>
              {format.list(
                meeting.organisers.map((o) => (
                  <span key={o.member.name}>
                    {o.role === "CHAIR" ? (
                      t.rich("chair", { name: () => <bdi>{o.member.name}</bdi> })
                    ) : (
                      <bdi>{o.member.name}</bdi>
                    )}
                  </span>
                )),
              )}
            </td>
            <td className="text-end">{format.number(meeting.commitments)}</td>
          </tr>
        ))}
      </ConsoleTable>
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        pathname={PATH}
        query={keptQuery(params, ["search"])}
        label={t("pagination")}
      />
    </div>
  );
}
