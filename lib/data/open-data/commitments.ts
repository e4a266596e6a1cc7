import "server-only";
import { db } from "@/lib/db";
import { commitmentFilterSql } from "@/lib/data/public/commitment-filter-sql";
import { commitmentsFrom } from "@/lib/data/public/demonstration-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { toCommitmentRecord, toUpdateRecord, type CommitmentRecord, type UpdateRecord } from "@/lib/open-data/records";
import { loadCommitmentRows } from "./commitment-rows";
import { getComputeContext } from "./compute-context";
import { inIdOrder, offsetOf, type PageWindow } from "./page-window";
import { loadUpdateRows } from "./update-rows";

const APPROVED = Prisma.sql`c.approval = 'APPROVED'`;

/** One page of the approved commitments matching the filters, in the explorer's order (member, then title). */
export async function listCommitmentRecords(
  filters: CommitmentFilters,
  window: PageWindow,
): Promise<{ total: number; records: CommitmentRecord[] }> {
  const where = commitmentFilterSql(filters);
  const [counted] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM ${commitmentsFrom(filters)} c WHERE ${where}`;
  const total = counted?.total ?? 0;
  if (total <= offsetOf(window)) return { total, records: [] };

  const ids = (
    await db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM ${commitmentsFrom(filters)} c JOIN members m ON m.id = c.member_id
      WHERE ${where}
      ORDER BY m.name, c.title, c.id
      LIMIT ${window.perPage} OFFSET ${offsetOf(window)}`
  ).map((row) => row.id);
  const [rows, context] = await Promise.all([
    loadCommitmentRows(Prisma.sql`${APPROVED} AND c.id = ANY(${ids}::uuid[])`, Prisma.empty, filters),
    getComputeContext(),
  ]);
  return { total, records: inIdOrder(ids, rows).map((row) => toCommitmentRecord(row, context)) };
}

/** An approved commitment with its published updates (newest first); null when there is none with this slug. */
export async function getCommitmentRecord(
  slug: string,
): Promise<{ commitment: CommitmentRecord; updates: UpdateRecord[] } | null> {
  const [[row], updates, context] = await Promise.all([
    loadCommitmentRows(Prisma.sql`${APPROVED} AND c.slug = ${slug}`),
    loadUpdateRows(Prisma.sql`c.slug = ${slug}`, Prisma.sql`ORDER BY u.published_at DESC, u.id DESC`),
    getComputeContext(),
  ]);
  if (!row) return null;
  return { commitment: toCommitmentRecord(row, context), updates: updates.map(toUpdateRecord) };
}

/** Every approved commitment, `batchSize` at a time, by slug: memory stays bounded however many there are. */
export async function* iterateCommitmentRecords(batchSize = 1000): AsyncGenerator<CommitmentRecord[]> {
  const context = await getComputeContext();
  let after = "";
  for (;;) {
    const rows = await loadCommitmentRows(
      Prisma.sql`${APPROVED} AND c.slug > ${after}`,
      Prisma.sql`ORDER BY c.slug LIMIT ${batchSize}`,
    );
    if (rows.length > 0) yield rows.map((row) => toCommitmentRecord(row, context));
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.slug;
  }
}
