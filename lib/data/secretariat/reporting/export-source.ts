import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { commitmentFilterSql } from "@/lib/data/public/commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { getComputeContext } from "@/lib/data/open-data/compute-context";
import { iterateMemberRecords } from "@/lib/data/open-data/members";
import { inIdOrder } from "@/lib/data/open-data/page-window";
import { loadCommitmentRows } from "@/lib/data/open-data/commitment-rows";
import { iterateThemeRecords } from "@/lib/data/open-data/themes";
import { iterateAssessmentRecords } from "@/lib/data/open-data/assessments";
import type {
  ExportScope,
  SecretariatCommitmentRecord,
  SecretariatUpdateRecord,
} from "@/lib/exports/secretariat-tables";
import type { SecretariatSource } from "@/lib/exports/secretariat-export";
import { toCommitmentRecord } from "@/lib/open-data/records";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";

const EXPORT_BATCH_SIZE = 1000;

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
  await authorizeSecretariat(user, { attempted: "export.download", entityType: "export", entityId: scope });
  const from = commitmentsRelation(scope);
  const where = commitmentFilterSql(filters);
  return {
    commitments: () => iterateCommitments(from, where, batchSize),
    updates: () => iterateUpdates(from, where, scope, batchSize),
    members: () => iterateMemberRecords(),
    themes: () => iterateThemeRecords(),
    assessments: () => iterateAssessmentRecords(),
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
  return Prisma.sql`(SELECT id, slug, kind, member_id, meeting_id, current_status, pillars, search_vector, is_demo,
    'APPROVED'::"ApprovalState" AS approval FROM commitments) c`;
}

async function* iterateCommitments(from: Prisma.Sql, where: Prisma.Sql, batchSize: number) {
  const context = await getComputeContext();
  let after = "";
  for (;;) {
    // The page of ids, with what only the secretariat sees (the open data's row reader leaves it out).
    const page = await db.$queryRaw<
      { id: string; slug: string; approvalComment: string | null; pendingUpdateCount: number }[]
    >`
      SELECT c.id, c.slug, x.approval_comment AS "approvalComment",
             (SELECT count(*) FROM progress_updates u
               WHERE u.commitment_id = c.id AND u.review_state <> 'PUBLISHED')::int AS "pendingUpdateCount"
      FROM ${from} JOIN commitments x ON x.id = c.id
      WHERE ${where} AND c.slug > ${after}
      ORDER BY c.slug LIMIT ${batchSize}`;
    if (page.length === 0) return;
    const ids = page.map((row) => row.id);
    const extraOf = new Map(page.map((row) => [row.id, row]));
    const rows = await loadCommitmentRows(
      Prisma.sql`c.id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`,
    );
    yield inIdOrder(ids, rows).map((row): SecretariatCommitmentRecord => ({
      ...toCommitmentRecord(row, context),
      approvalComment: extraOf.get(row.id)?.approvalComment ?? null,
      pendingUpdateCount: extraOf.get(row.id)?.pendingUpdateCount ?? 0,
    }));
    if (page.length < batchSize) return;
    after = page.at(-1)!.slug;
  }
}

async function* iterateUpdates(from: Prisma.Sql, where: Prisma.Sql, scope: ExportScope, batchSize: number) {
  const published = scope === "public" ? Prisma.sql`AND u.review_state = 'PUBLISHED'` : Prisma.empty;
  let after: Prisma.Sql = Prisma.empty;
  for (;;) {
    const page = await db.$queryRaw<{ id: string }[]>`
      SELECT u.id FROM progress_updates u JOIN ${from} ON c.id = u.commitment_id
      WHERE ${where} ${published} ${after}
      ORDER BY u.id LIMIT ${batchSize}`;
    if (page.length === 0) return;
    yield await loadUpdates(page.map((row) => row.id));
    if (page.length < batchSize) return;
    after = Prisma.sql`AND u.id > ${page.at(-1)!.id}::uuid`;
  }
}

/** The updates with these ids, in this order, in one statement (evidence and barriers aggregated per row). */
async function loadUpdates(ids: string[]): Promise<SecretariatUpdateRecord[]> {
  const rows = await db.$queryRaw<
    (Omit<SecretariatUpdateRecord, "cycle" | "commitment"> & {
      cycleName: string | null;
      commitmentSlug: string;
      commitmentIsDemo: boolean;
      memberSlug: string;
      memberIsDemo: boolean;
    })[]
  >`
    SELECT u.id, u.status::text AS status, u.percent_complete AS "percentComplete", u.narrative,
           u.review_state::text AS "reviewState", u.review_comment AS "reviewComment",
           u.verification::text AS verification, u.created_at AS "createdAt", u.submitted_at AS "submittedAt",
           u.published_at AS "publishedAt", u.is_demo AS "isDemo", rc.name AS "cycleName",
           c.slug AS "commitmentSlug", c.is_demo AS "commitmentIsDemo", m.slug AS "memberSlug", m.is_demo AS "memberIsDemo",
           coalesce((SELECT json_agg(json_build_object('url', e.url, 'label', e.label) ORDER BY e.url)
                     FROM evidence_links e WHERE e.update_id = u.id), '[]') AS evidence,
           coalesce((SELECT json_agg(json_build_object('kind', b.kind, 'detail', b.detail) ORDER BY b.kind, b.detail)
                     FROM update_barriers b WHERE b.update_id = u.id), '[]') AS barriers
    FROM progress_updates u
    JOIN commitments c ON c.id = u.commitment_id
    JOIN members m ON m.id = c.member_id
    LEFT JOIN reporting_cycles rc ON rc.id = u.cycle_id
    WHERE u.id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`;
  return inIdOrder(
    ids,
    rows.map(({ cycleName, commitmentSlug, commitmentIsDemo, memberSlug, memberIsDemo, ...row }) => ({
      ...row,
      cycle: cycleName === null ? null : { name: cycleName },
      commitment: {
        slug: commitmentSlug,
        isDemo: commitmentIsDemo,
        member: { slug: memberSlug, isDemo: memberIsDemo },
      },
    })),
  );
}
