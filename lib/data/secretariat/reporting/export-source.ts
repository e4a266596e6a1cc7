import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { commitmentFilterSql } from "@/lib/data/public/commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/data/public/commitment-filters";
import { getComputeContext } from "@/lib/data/open-data/compute-context";
import { iterateMemberRecords } from "@/lib/data/open-data/members";
import { inIdOrder } from "@/lib/data/open-data/page-window";
import { loadCommitmentRows } from "@/lib/data/open-data/commitment-rows";
import { iterateThemeRecords } from "@/lib/data/open-data/themes";
import type { ExportScope, SecretariatCommitmentRecord, SecretariatUpdateRecord } from "@/lib/exports/secretariat-tables";
import type { SecretariatSource } from "@/lib/exports/secretariat-export";
import { toCommitmentRecord } from "@/lib/open-data/records";
import { authorizeSecretariat } from "./authorize-secretariat";

export const EXPORT_BATCH_SIZE = 1000;

const PENDING = ["DRAFT", "SUBMITTED", "RETURNED"] as const;

/**
 * What the secretariat's export reads: the commitments matching the public explorer's filters (and their updates),
 * `batchSize` rows at a time by keyset (commitments by slug, updates by id), so memory stays bounded however many
 * there are. Authorizes now, reads only when the file is written.
 */
export async function secretariatExportSource(
  user: SessionUser | null,
  filters: CommitmentFilters,
  scope: ExportScope,
  batchSize = EXPORT_BATCH_SIZE,
): Promise<SecretariatSource> {
  await authorizeSecretariat(user, "export.download", { type: "export", id: scope });
  const from = commitmentsRelation(scope);
  const where = commitmentFilterSql(filters);
  return {
    commitments: () => iterateCommitments(from, where, batchSize),
    updates: () => iterateUpdates(from, where, scope, batchSize),
    members: () => iterateMemberRecords(),
    themes: () => iterateThemeRecords(),
  };
}

/**
 * The commitments the filters run on, as `c`. The filters are the public explorer's own SQL
 * (lib/data/public/commitment-filter-sql.ts), which always keeps approved commitments only; for scope "all" they run
 * on a copy of the table in which every commitment reads as approved, so every other filter applies unchanged. The
 * columns listed are those the filters read (an integration test runs every filter through it).
 */
function commitmentsRelation(scope: ExportScope): Prisma.Sql {
  if (scope === "public") return Prisma.sql`commitments c`;
  return Prisma.sql`(SELECT id, slug, member_id, meeting_id, current_status, pillars, search_vector,
    'APPROVED'::"ApprovalState" AS approval FROM commitments) c`;
}

async function* iterateCommitments(from: Prisma.Sql, where: Prisma.Sql, batchSize: number) {
  const context = await getComputeContext();
  let after = "";
  for (;;) {
    const page = await db.$queryRaw<{ id: string; slug: string }[]>`
      SELECT c.id, c.slug FROM ${from} WHERE ${where} AND c.slug > ${after} ORDER BY c.slug LIMIT ${batchSize}`;
    if (page.length === 0) return;
    const ids = page.map((row) => row.id);
    const [rows, extras] = await Promise.all([
      loadCommitmentRows(Prisma.sql`c.id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`),
      db.commitment.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          approvalComment: true,
          _count: { select: { updates: { where: { reviewState: { in: [...PENDING] } } } } },
        },
      }),
    ]);
    const extraOf = new Map(extras.map((row) => [row.id, row]));
    yield inIdOrder(ids, rows).map(
      (row): SecretariatCommitmentRecord => ({
        ...toCommitmentRecord(row, context),
        approvalComment: extraOf.get(row.id)?.approvalComment ?? null,
        pendingUpdateCount: extraOf.get(row.id)?._count.updates ?? 0,
      }),
    );
    if (page.length < batchSize) return;
    after = page.at(-1)!.slug;
  }
}

const updateSelect = {
  id: true,
  status: true,
  percentComplete: true,
  narrative: true,
  reviewState: true,
  reviewComment: true,
  verification: true,
  createdAt: true,
  submittedAt: true,
  publishedAt: true,
  isDemo: true,
  cycle: { select: { name: true } },
  commitment: { select: { slug: true, isDemo: true, member: { select: { slug: true, isDemo: true } } } },
  evidence: { select: { url: true }, orderBy: { url: "asc" } },
  barriers: { select: { kind: true, detail: true }, orderBy: [{ kind: "asc" }, { id: "asc" }] },
} satisfies Prisma.ProgressUpdateSelect;

async function* iterateUpdates(from: Prisma.Sql, where: Prisma.Sql, scope: ExportScope, batchSize: number) {
  const published = scope === "public" ? Prisma.sql`AND u.review_state = 'PUBLISHED'` : Prisma.empty;
  let after: Prisma.Sql = Prisma.empty;
  for (;;) {
    const page = await db.$queryRaw<{ id: string }[]>`
      SELECT u.id FROM progress_updates u JOIN ${from} ON c.id = u.commitment_id
      WHERE ${where} ${published} ${after}
      ORDER BY u.id LIMIT ${batchSize}`;
    if (page.length === 0) return;
    const ids = page.map((row) => row.id);
    const rows = await db.progressUpdate.findMany({ where: { id: { in: ids } }, select: updateSelect });
    yield inIdOrder(ids, rows) satisfies SecretariatUpdateRecord[];
    if (page.length < batchSize) return;
    after = Prisma.sql`AND u.id > ${page.at(-1)!.id}::uuid`;
  }
}
