import "server-only";
import { db } from "@/lib/db";
import type { SortKey } from "@/lib/domain/explorer-sort";
import { statusCategory, type ReportedStatus } from "@/lib/domain/implementation-status";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedPublicRead } from "./cache";
import { commitmentFilterSql } from "./commitment-filter-sql";
import { commitmentsFrom, demoCommitmentFigureSql } from "./demonstration-sql";
import type { CommitmentFilters, ListQuery } from "@/lib/domain/commitment-filters";
import { withSearchOr } from "@/lib/domain/search-or";

const PAGE_SIZE = 20;

export type CommitmentListItem = Awaited<ReturnType<typeof loadRows>>[number];

export type CommitmentList = {
  items: CommitmentListItem[];
  total: number;
  /** The page shown: a page past the end shows the last page. */
  page: number;
  pageCount: number;
  sort: SortKey;
};

export type ListCommitmentsQuery = ListQuery & { sort?: SortKey; pageSize?: number };

/**
 * One page of approved commitments matching the filters. Offset pagination with a count: every sort ends on the
 * primary key, so pages never overlap or skip a row. With an index per order (on approved commitments), even the
 * last of 2,500 pages is a short index walk; without one, PostgreSQL sorts the matching rows. Relevance ranks by
 * ts_rank on the weighted search vector (title A, description B, source excerpt C).
 */
export const listCommitments = cachedPublicRead("list-commitments", readCommitments);

async function readCommitments({
  sort = "member",
  pageSize = PAGE_SIZE,
  ...query
}: ListCommitmentsQuery): Promise<CommitmentList> {
  const where = commitmentFilterSql(query);
  const size = Math.min(Math.max(1, Math.trunc(pageSize)), 100);
  const order = sort === "relevance" && !query.q ? "member" : sort;
  // Members are joined only to sort by their name: without the join, each other order is a walk of one index.
  // Without demonstration data, statuses (to filter and sort by) come from real updates (decision 0013).
  const commitments = commitmentsFrom(query);
  const from =
    order === "member"
      ? Prisma.sql`${commitments} c JOIN members m ON m.id = c.member_id`
      : Prisma.sql`${commitments} c`;
  const orderBy = orderSql(order, query.q);
  const pageIds = (page: number) => db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM ${from}
    WHERE ${where}
    ORDER BY ${orderBy}
    LIMIT ${size} OFFSET ${(page - 1) * size}`;

  // The count and the page are read together; only a page past the end needs a second read (of the last page).
  const [[counted], ids] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${commitments} c WHERE ${where}`,
    pageIds(query.page),
  ]);
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(query.page, pageCount);
  const shownIds = page === query.page ? ids : await pageIds(page);
  const rows = await loadRows(
    shownIds.map((row) => row.id),
    query,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { items: shownIds.flatMap(({ id }) => byId.get(id) ?? []), total, page, pageCount, sort };
}

function orderSql(sort: SortKey, q: string | undefined): Prisma.Sql {
  switch (sort) {
    case "relevance":
      return Prisma.sql`ts_rank(c.search_vector, websearch_to_tsquery('english', ${withSearchOr(q ?? "")})) DESC, c.title, c.id`;
    case "title":
      return Prisma.sql`c.title, c.id`;
    case "updated":
      return Prisma.sql`c.last_published_at DESC NULLS LAST, c.title, c.id`;
    case "status":
      // The enum's order is the display order of STATUS_CATEGORIES; no published update (NULL) is "Not reported",
      // which comes first there too.
      return Prisma.sql`c.current_status ASC NULLS FIRST, c.title, c.id`;
    case "member":
      return Prisma.sql`m.name, c.title, c.id`;
  }
}

async function loadRows(ids: string[], filters: CommitmentFilters) {
  if (ids.length === 0) return [];
  const [rows, figures] = await Promise.all([readRows(ids), readFigures(ids, filters)]);
  const figuresOf = new Map(figures.map((figure) => [figure.id, figure]));
  return rows.map(({ themes, members, ...row }) => {
    const figure = figuresOf.get(row.id);
    return {
      ...row,
      currentPercent: figure?.currentPercent ?? null,
      lastPublishedAt: figure?.lastPublishedAt ?? null,
      /** The commitment or its member is demonstration data, or its status comes from a demonstration update. */
      includesDemonstrationData: figure?.includesDemonstrationData ?? false,
      coMembers: members.map(({ member }) => member),
      status: statusCategory(figure?.currentStatus ?? null),
      themes: themes
        .map(({ theme }) => theme)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map(({ slug, name }) => ({ slug, name })),
    };
  });
}

/** Each row's status, percentage and date, with the demonstration flag of the same figures (decision 0013). */
function readFigures(ids: string[], filters: CommitmentFilters) {
  return db.$queryRaw<
    {
      id: string;
      currentStatus: ReportedStatus | null;
      currentPercent: number | null;
      lastPublishedAt: Date | null;
      includesDemonstrationData: boolean;
    }[]
  >`
    SELECT c.id, c.current_status AS "currentStatus", c.current_percent AS "currentPercent",
           c.last_published_at AS "lastPublishedAt", ${demoCommitmentFigureSql(filters)} AS "includesDemonstrationData"
    FROM ${commitmentsFrom(filters)} c
    WHERE c.id = ANY(${ids}::uuid[])`;
}

function readRows(ids: string[]) {
  return db.commitment.findMany({
    where: { id: { in: ids }, approval: "APPROVED" },
    select: {
      id: true,
      slug: true,
      title: true,
      pillars: true,
      targetDate: true,
      isDemo: true,
      kind: true,
      member: { select: { slug: true, name: true, kind: true } },
      members: {
        where: { role: "CO_MEMBER" },
        select: { member: { select: { slug: true, name: true } } },
        orderBy: { member: { name: "asc" } },
      },
      meeting: { select: { slug: true, title: true, startDate: true } },
      themes: { select: { theme: { select: { slug: true, name: true, sortOrder: true } } } },
    },
  });
}
