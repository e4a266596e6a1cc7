import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toUpdateRecord, type UpdateRecord } from "@/lib/open-data/records";
import { offsetOf, type PageWindow } from "./page-window";
import { loadUpdateRows, loadUpdateRowsById } from "./update-rows";

export type UpdateFilters = {
  /** Slug of a commitment. */
  commitment?: string;
  /** Slug of the member whose commitments were reported on. */
  member?: string;
  /** Published at or after this moment. */
  since?: Date;
};

/** Published updates on approved commitments: the only updates the public ever sees. */
function publicUpdatesSql({ commitment, member, since }: UpdateFilters): Prisma.Sql {
  const conditions = [Prisma.sql`u.review_state = 'PUBLISHED'`, Prisma.sql`c.approval = 'APPROVED'`];
  if (commitment) conditions.push(Prisma.sql`c.slug = ${commitment}`);
  if (member) conditions.push(Prisma.sql`c.member_id = (SELECT id FROM members WHERE slug = ${member})`);
  if (since) conditions.push(Prisma.sql`u.published_at >= ${since}`);
  return Prisma.join(conditions, " AND ");
}

/** One page of published updates matching the filters, newest first. */
export async function listUpdateRecords(
  filters: UpdateFilters,
  window: PageWindow,
): Promise<{ total: number; records: UpdateRecord[] }> {
  const where = publicUpdatesSql(filters);
  const [counted] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id WHERE ${where}`;
  const total = counted?.total ?? 0;
  if (total <= offsetOf(window)) return { total, records: [] };

  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
    WHERE ${where}
    ORDER BY u.published_at DESC, u.id DESC
    LIMIT ${window.perPage} OFFSET ${offsetOf(window)}`;
  return { total, records: (await loadUpdateRowsById(ids.map((row) => row.id))).map(toUpdateRecord) };
}

/** Every published update on an approved commitment, oldest first, `batchSize` at a time (keyset on
 * published_at, id): memory stays bounded however many there are. */
export async function* iterateUpdateRecords(batchSize = 1000): AsyncGenerator<UpdateRecord[]> {
  let after: { publishedAt: Date; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after
      ? Prisma.sql`(u.published_at, u.id) > (${after.publishedAt}, ${after.id}::uuid)`
      : Prisma.sql`true`;
    const rows = await loadUpdateRows(keyset, Prisma.sql`ORDER BY u.published_at, u.id LIMIT ${batchSize}`);
    if (rows.length > 0) yield rows.map(toUpdateRecord);
    if (rows.length < batchSize) return;
    const last = rows.at(-1)!;
    after = { publishedAt: last.publishedAt, id: last.id };
  }
}
