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
  const [t, tRegister, format] = await Promise.all([
    getTranslations("register.meetings"),
    getTranslations("register"),
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
              <Link href={`${PATH}/${meeting.id}`} aria-label={t("editName", { title: meeting.title })}>
                {meeting.title}
              </Link>
              <span className="block text-ink-muted">{t(`kinds.${meeting.kind}`)}</span>
              {meeting.isDemo && <DemoBadge />}
            </th>
            <td>{format.dateTimeRange(meeting.startDate, meeting.endDate, { dateStyle: "medium" })}</td>
            <td>
              {meeting.city}, {meeting.country}
            </td>
            <td>
              {meeting.organisers
                .map((o) => (o.role === "CHAIR" ? t("chair", { name: o.member.name }) : o.member.name))
                .join(", ")}
            </td>
            <td className="text-end">{meeting.commitments}</td>
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
