import "server-only";
import { db } from "@/lib/db";
import { commitmentFilterSql } from "@/lib/data/public/commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/data/public/commitment-filters";
import { toCommitmentRecord, toUpdateRecord, type CommitmentRecord, type UpdateRecord } from "@/lib/open-data/records";
import { getComputeContext } from "./compute-context";
import { inIdOrder, offsetOf, type PageWindow } from "./page-window";
import { commitmentSelect, PUBLISHED, updateSelect } from "./selects";

/** One page of the approved commitments matching the filters, in the explorer's order (member, then title). */
export async function listCommitmentRecords(
  filters: CommitmentFilters,
  window: PageWindow,
): Promise<{ total: number; records: CommitmentRecord[] }> {
  const where = commitmentFilterSql(filters);
  const [counted] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM commitments c WHERE ${where}`;
  const total = counted?.total ?? 0;
  if (total <= offsetOf(window)) return { total, records: [] };

  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM commitments c JOIN members m ON m.id = c.member_id
    WHERE ${where}
    ORDER BY m.name, c.title, c.id
    LIMIT ${window.perPage} OFFSET ${offsetOf(window)}`;
  const [rows, context] = await Promise.all([
    db.commitment.findMany({
      where: { id: { in: ids.map((row) => row.id) }, approval: "APPROVED" },
      select: { id: true, ...commitmentSelect },
    }),
    getComputeContext(),
  ]);
  return { total, records: inIdOrder(ids.map((row) => row.id), rows).map((row) => toCommitmentRecord(row, context)) };
}

/** An approved commitment with its published updates (newest first); null when there is none with this slug. */
export async function getCommitmentRecord(
  slug: string,
): Promise<{ commitment: CommitmentRecord; updates: UpdateRecord[] } | null> {
  const [row, context] = await Promise.all([
    db.commitment.findFirst({
      where: { slug, approval: "APPROVED" },
      select: commitmentSelect,
    }),
    getComputeContext(),
  ]);
  if (!row) return null;
  const updates = await db.progressUpdate.findMany({
    where: { ...PUBLISHED, commitment: { slug } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: updateSelect,
  });
  return {
    commitment: toCommitmentRecord(row, context),
    updates: updates.flatMap((update) => toUpdateRecord(update) ?? []),
  };
}

/** Every approved commitment, `batchSize` at a time, by slug: memory stays bounded however many there are. */
export async function* iterateCommitmentRecords(batchSize = 1000): AsyncGenerator<CommitmentRecord[]> {
  const context = await getComputeContext();
  let after = "";
  for (;;) {
    const rows = await db.commitment.findMany({
      where: { approval: "APPROVED", slug: { gt: after } },
      orderBy: { slug: "asc" },
      take: batchSize,
      select: commitmentSelect,
    });
    if (rows.length > 0) yield rows.map((row) => toCommitmentRecord(row, context));
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.slug;
  }
}
