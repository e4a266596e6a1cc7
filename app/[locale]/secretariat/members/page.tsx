import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { pathInLocale } from "@/lib/i18n/redirect";
import { DemoBadge } from "@/components/public/demo-badge";
import { Pagination } from "@/components/public/pagination";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { FilterForm, SelectFilter, TextFilter } from "@/components/secretariat/filter-form";
import { RowCheckbox } from "@/components/secretariat/row-checkbox";
import { bdi, hidden } from "@/components/form/visually-hidden";
import { buttonClass } from "@/components/form/styles";
import { ACTION_LINK_CLASS } from "@/components/secretariat/styles";
import { listMembers } from "@/lib/data/secretariat/list-members";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { MemberKind, RegionalGroup } from "@/lib/generated/prisma/enums";
import { enumParam, keptQuery, pageParam, textParam, type SearchParams } from "@/lib/validation/console-params";
import { isolate } from "@/lib/i18n/isolate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.members");
  return { title: t("metaTitle"), robots: { index: false } };
}

const PATH = "/secretariat/members";
const BULK_FORM = "members-bulk";

export default async function MembersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = {
    search: textParam(params, "search"),
    kind: enumParam(params, "kind", Object.values(MemberKind)),
    region: enumParam(params, "region", Object.values(RegionalGroup)),
  };
  const list = await readForPage(pagePath(PATH, params), (user) =>
    listMembers(user, { ...filters, page: pageParam(params) }),
  );
  const [t, tRegister, tStatus] = await Promise.all([
    getTranslations("register.members"),
    getTranslations("register"),
    getTranslations("statuses"),
  ]);
  const query = keptQuery(params, ["search", "kind", "region"]);
  const done = textParam(params, "done", 20);
  const formAction = await pathInLocale("/secretariat/members/export");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <Link href="/secretariat/members/new" className="font-semibold">
            {t("add")}
          </Link>
        </p>
      </header>
      <ConfirmationNotice
        message={done && tRegister.has(`done.${done}`) ? tRegister(`done.${done}` as "done.memberSaved") : null}
      />
      <FilterForm action={PATH} legend={t("filters")} submitLabel={t("apply")} clearLabel={t("clear")}>
        <TextFilter name="search" label={t("search")} value={filters.search} />
        <SelectFilter
          name="kind"
          label={t("kind")}
          value={filters.kind}
          allLabel={t("all")}
          options={Object.values(MemberKind).map((kind) => ({ value: kind, label: tStatus(`memberKind.${kind}`) }))}
        />
        <SelectFilter
          name="region"
          label={t("region")}
          value={filters.region}
          allLabel={t("all")}
          options={Object.values(RegionalGroup).map((group) => ({
            value: group,
            label: tStatus(`regionalGroup.${group}`),
          }))}
        />
      </FilterForm>
      <p className="font-semibold" aria-live="polite">
        {t("count", { count: list.total })}
      </p>
      <ConsoleTable
        caption={t("caption")}
        empty={list.items.length === 0 ? t("empty") : null}
        columns={[
          { label: t("columns.select") },
          { label: t("columns.name") },
          { label: t("columns.kind") },
          { label: t("columns.iso") },
          { label: t("columns.region") },
          { label: t("columns.commitments"), numeric: true },
          { label: t("columns.focalPoints"), numeric: true },
          { label: t("columns.actions") },
        ]}
      >
        {list.items.map((member) => (
          <tr key={member.id}>
            <td>
              <RowCheckbox
                form={BULK_FORM}
                name="ids"
                value={member.id}
                label={t("select", { name: isolate(member.name) })}
              />
            </td>
            <th scope="row" className="font-normal">
              <Link href={`/secretariat/members/${member.id}`}>
                {t.rich("editName", { name: member.name, hidden, bdi })}
              </Link>{" "}
              {member.isDemo && <DemoBadge />}
            </th>
            <td>{tStatus(`memberKind.${member.kind}`)}</td>
            <td>{member.isoCode ?? ""}</td>
            <td>{member.regionalGroup ? tStatus(`regionalGroup.${member.regionalGroup}`) : ""}</td>
            <td className="text-end">{member.commitments}</td>
            <td className="text-end">{member.focalPoints}</td>
            <td>
              <ul className="flex flex-wrap gap-x-3">
                <li>
                  <Link href={`/secretariat/focal-points?member=${member.id}`} className={ACTION_LINK_CLASS}>
                    {t.rich("focalPointsOf", { name: member.name, hidden, bdi })}
                  </Link>
                </li>
                <li>
                  <Link href={`/members/${member.slug}`} className={ACTION_LINK_CLASS}>
                    {t.rich("publicPageOf", { name: member.name, hidden, bdi })}
                  </Link>
                </li>
              </ul>
            </td>
          </tr>
        ))}
      </ConsoleTable>
      <form id={BULK_FORM} method="get" action={formAction} className="no-print">
        <fieldset className="space-y-2 rounded border border-line p-4">
          <legend className="font-semibold">{t("bulk.legend")}</legend>
          {Object.entries(query).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p id="members-bulk-hint" className="text-sm text-ink-muted">
            {t("bulk.hint")}
          </p>
          <button type="submit" aria-describedby="members-bulk-hint" className={buttonClass("secondary")}>
            {t("bulk.export")}
          </button>
        </fieldset>
      </form>
      <Pagination page={list.page} pageCount={list.pageCount} pathname={PATH} query={query} label={t("pagination")} />
    </div>
  );
}
