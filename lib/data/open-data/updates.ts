import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toUpdateRecord, type UpdateRecord } from "@/lib/open-data/records";
import { inIdOrder, offsetOf, type PageWindow } from "./page-window";
import { updateSelect } from "./selects";

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
  return { total, records: await loadRecords(ids.map((row) => row.id)) };
}

/** Every published update on an approved commitment, oldest first, `batchSize` at a time (keyset on
 * published_at, id): memory stays bounded however many there are. */
export async function* iterateUpdateRecords(batchSize = 1000): AsyncGenerator<UpdateRecord[]> {
  const where = publicUpdatesSql({});
  let after: { publishedAt: Date; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after
      ? Prisma.sql`AND (u.published_at, u.id) > (${after.publishedAt}, ${after.id}::uuid)`
      : Prisma.empty;
    const page = await db.$queryRaw<{ id: string; published_at: Date }[]>`
      SELECT u.id, u.published_at FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
      WHERE ${where} ${keyset}
      ORDER BY u.published_at, u.id
      LIMIT ${batchSize}`;
    if (page.length > 0) yield await loadRecords(page.map((row) => row.id));
    if (page.length < batchSize) return;
    const last = page.at(-1)!;
    after = { publishedAt: last.published_at, id: last.id };
  }
}

async function loadRecords(ids: string[]): Promise<UpdateRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.progressUpdate.findMany({
    where: { id: { in: ids }, reviewState: "PUBLISHED" },
    select: updateSelect,
  });
  return inIdOrder(ids, rows).flatMap((row) => toUpdateRecord(row) ?? []);
}
