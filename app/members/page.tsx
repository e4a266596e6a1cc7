import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { sitePreview } from "@/components/link-previews/site-preview";
import { DataTable } from "@/components/public/data-table";
import { DemoBadge } from "@/components/public/demo-badge";
import { DemoNote } from "@/components/public/demo-note";
import { Pagination } from "@/components/public/pagination";
import { listMembers } from "@/lib/data/public/list-members";
import type { SearchParams } from "@/lib/domain/commitment-filters";
import { parsePageNumber } from "@/lib/domain/page-number";
import { MemberKind } from "@/lib/generated/prisma/enums";
import { pageMetadata } from "@/lib/link-previews/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("explorer.members");
  return pageMetadata(await sitePreview({ path: "/members", title: t("metaTitle"), description: t("intro") }));
}

/** Every member of the Network with the counts of its commitments; filter by kind, a page at a time. */
export default async function MembersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const rawKind = Array.isArray(params.kind) ? params.kind[0] : params.kind;
  const kind = Object.values(MemberKind).find((value) => value === rawKind);
  const list = await listMembers({ page: parsePageNumber(params.page), kind });
  const t = await getTranslations("explorer.members");
  const tStatus = await getTranslations("statuses");
  const tCharts = await getTranslations("public.charts");
  const format = await getFormatter();
  const kinds = [undefined, ...Object.values(MemberKind)];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      </header>
      <nav aria-label={t("kindFilter")} className="no-print">
        <ul className="flex flex-wrap gap-2 text-sm">
          {kinds.map((value) => (
            <li key={value ?? "all"}>
              <Link
                href={{ pathname: "/members", query: value ? { kind: value } : {} }}
                aria-current={value === kind ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 ${
                  value === kind ? "border-brand bg-brand font-semibold text-paper" : "border-line"
                }`}
              >
                {value ? tStatus(`memberKind.${value}`) : t("allKinds")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" className="font-medium">
        {t("count", { total: list.total })}
      </p>
      {list.items.length > 0 && (
        <DataTable
          caption={kind ? t("captionKind", { kind: tStatus(`memberKind.${kind}`) }) : t("caption")}
          rowHeader={t("member")}
          columns={[
            { key: "kind", header: t("kind") },
            { key: "iso", header: t("isoCode") },
            { key: "region", header: t("regionalGroup") },
            { key: "commitments", header: t("commitments"), numeric: true },
            { key: "completed", header: tStatus("implementation.COMPLETED"), numeric: true },
            { key: "notReported", header: tStatus("implementation.NOT_REPORTED"), numeric: true },
            { key: "latest", header: t("latestUpdate") },
          ]}
          rows={list.items.map((member) => ({
            key: member.slug,
            header: (
              <span className="inline-flex flex-wrap items-center gap-2">
                <Link href={`/members/${member.slug}`}>{member.name}</Link>
                {(member.isDemo || member.includesDemonstrationData) && <DemoBadge />}
              </span>
            ),
            cells: [
              tStatus(`memberKind.${member.kind}`),
              member.isoCode ?? "–",
              member.regionalGroup ? tStatus(`regionalGroup.${member.regionalGroup}`) : "–",
              format.number(member.commitments),
              format.number(member.completed),
              format.number(member.notReported),
              member.lastPublishedAt ? format.dateTime(member.lastPublishedAt, { dateStyle: "medium" }) : t("never"),
            ],
          }))}
        />
      )}
      {list.items.some((member) => member.includesDemonstrationData) && <DemoNote>{tCharts("demoNote")}</DemoNote>}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        pathname="/members"
        query={kind ? { kind } : {}}
        label={t("pagination")}
      />
    </div>
  );
}
