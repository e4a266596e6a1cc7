import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/demo-badge";
import { Pagination } from "@/components/public/pagination";
import { ActionButtonForm } from "@/components/secretariat/action-button-form";
import { BulkActionForm } from "@/components/secretariat/bulk-action-form";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { FilterForm, SelectFilter, TextFilter } from "@/components/secretariat/filter-form";
import { RowCheckbox } from "@/components/secretariat/row-checkbox";
import { ACTION_LINK_CLASS } from "@/components/secretariat/styles";
import { deactivateFocalPointsAction } from "@/lib/actions/deactivate-focal-points";
import { reactivateFocalPointAction } from "@/lib/actions/reactivate-focal-point";
import { listFilterChoices } from "@/lib/data/secretariat/list-filter-choices";
import { listFocalPoints } from "@/lib/data/secretariat/list-focal-points";
import { bdi, hidden } from "@/components/form/visually-hidden";
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
  const t = await getTranslations("register.focalPoints");
  return { title: t("metaTitle"), robots: { index: false } };
}

const PATH = "/secretariat/focal-points";
const BULK_FORM = "focal-points-bulk";

export default async function FocalPointsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = {
    search: textParam(params, "search"),
    memberId: uuidParam(params, "member"),
    active: enumParam(params, "active", ["yes", "no"] as const),
  };
  const { list, choices } = await readForPage(pagePath(PATH, params), async (user) => {
    const list = await listFocalPoints(user, { ...filters, page: pageParam(params) });
    return { list, choices: await listFilterChoices(user) };
  });
  const [t, tRegister, format] = await Promise.all([
    getTranslations("register.focalPoints"),
    getTranslations("register"),
    getFormatter(),
  ]);
  const query = keptQuery(params, ["search", "member", "active"]);
  const returnQuery = new URLSearchParams(keptQuery(params, ["search", "member", "active", "page"])).toString();
  const done = textParam(params, "done", 20);
  const inviteHref = filters.memberId
    ? `/secretariat/invitations?member=${filters.memberId}`
    : "/secretariat/invitations";
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <Link href={inviteHref} className="font-semibold">
            {t("invite")}
          </Link>
        </p>
      </header>
      <ConfirmationNotice
        message={done && tRegister.has(`done.${done}`) ? tRegister(`done.${done}` as "done.deactivated") : null}
      />
      <FilterForm action={PATH} legend={t("filters")} submitLabel={t("apply")} clearLabel={t("clear")}>
        <TextFilter name="search" label={t("search")} value={filters.search} />
        <SelectFilter
          name="member"
          label={t("member")}
          value={filters.memberId}
          allLabel={t("all")}
          options={choices.members.map((m) => ({ value: m.id, label: m.name }))}
        />
        <SelectFilter
          name="active"
          label={t("active")}
          value={filters.active}
          allLabel={t("all")}
          options={[
            { value: "yes", label: t("activeYes") },
            { value: "no", label: t("activeNo") },
          ]}
        />
      </FilterForm>
      <p className="font-semibold">{t("count", { count: list.total })}</p>
      <ConsoleTable
        caption={t("caption")}
        empty={list.items.length === 0 ? t("empty") : null}
        columns={[
          { label: t("columns.select") },
          { label: t("columns.name") },
          { label: t("columns.member") },
          { label: t("columns.status") },
          { label: t("columns.lastSignIn") },
          { label: t("columns.actions") },
        ]}
      >
        {list.items.map((person) => (
          <tr key={person.id}>
            <td>
              <RowCheckbox
                form={BULK_FORM}
                name="userIds"
                value={person.id}
                label={t("select", { name: person.name })}
              />
            </td>
            <th scope="row" className="font-normal">
              <span className="block font-semibold">{person.name}</span>
              <span className="block break-all text-ink-muted">{person.email}</span>
              {person.isDemo && <DemoBadge />}
            </th>
            <td>{person.member?.name ?? ""}</td>
            <td>
              <span className={person.active ? "font-semibold" : "font-semibold text-danger"}>
                {person.active ? t("activeYes") : t("activeNo")}
              </span>
              {!person.hasPassword && <span className="block text-ink-muted">{t("passwordPending")}</span>}
            </td>
            <td>{person.lastSignInAt ? format.dateTime(person.lastSignInAt, { dateStyle: "medium" }) : t("never")}</td>
            <td className="space-y-2">
              {person.active ? (
                <ActionButtonForm
                  action={deactivateFocalPointsAction}
                  id={`deactivate-${person.id}`}
                  hidden={{ userIds: person.id, returnQuery }}
                  label={t.rich("deactivateName", { name: person.name, hidden, bdi })}
                />
              ) : (
                <ActionButtonForm
                  action={reactivateFocalPointAction}
                  id={`reactivate-${person.id}`}
                  hidden={{ userId: person.id, returnQuery }}
                  label={t.rich("reactivateName", { name: person.name, hidden, bdi })}
                />
              )}
              <Link href={`${PATH}/${person.id}`} className={`${ACTION_LINK_CLASS} text-sm`}>
                {t.rich("reassignName", { name: person.name, hidden, bdi })}
              </Link>
            </td>
          </tr>
        ))}
      </ConsoleTable>
      <BulkActionForm
        action={deactivateFocalPointsAction}
        id={BULK_FORM}
        field="userIds"
        fieldLabel={tRegister("fields.userIds")}
        legend={t("bulk.legend")}
        hint={t("bulk.hint")}
        submitLabel={t("bulk.deactivate")}
        returnQuery={returnQuery}
      />
      <Pagination page={list.page} pageCount={list.pageCount} pathname={PATH} query={query} label={t("pagination")} />
    </div>
  );
}
