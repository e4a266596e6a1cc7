import "server-only";
import { db } from "@/lib/db";
import type { MemberKind, RegionalGroup } from "@/lib/generated/prisma/enums";
import type { MemberRecord } from "@/lib/open-data/records";
import { offsetOf, type PageWindow } from "./page-window";
import { memberSelect } from "./selects";
import { memberStatusTallies } from "./status-tallies";

export type MemberFilters = { kind?: MemberKind; region?: RegionalGroup; demo?: "exclude" };

const ORDER = [{ name: "asc" }, { slug: "asc" }] as const;

/** One page of members, by name, with their approved commitments counted by status (without demonstration data
 * with `demo: "exclude"`: no demonstration member, and statuses from real updates). */
export async function listMemberRecords(
  { kind, region, demo }: MemberFilters,
  window: PageWindow,
): Promise<{ total: number; records: MemberRecord[] }> {
  const where = { kind, regionalGroup: region, ...(demo === "exclude" ? { isDemo: false } : {}) };
  const [total, rows] = await Promise.all([
    db.member.count({ where }),
    db.member.findMany({
      where,
      orderBy: [...ORDER],
      skip: offsetOf(window),
      take: window.perPage,
      select: memberSelect,
    }),
  ]);
  const tally = await memberStatusTallies(
    rows.map((row) => row.slug),
    { demo },
  );
  return { total, records: rows.map((row) => ({ ...row, ...tally(row.slug) })) };
}

export async function getMemberRecord(slug: string): Promise<MemberRecord | null> {
  const row = await db.member.findUnique({ where: { slug }, select: memberSelect });
  if (!row) return null;
  const tally = await memberStatusTallies([slug]);
  return { ...row, ...tally(slug) };
}

/** Every member (a few hundred at most: one batch). */
export async function* iterateMemberRecords(): AsyncGenerator<MemberRecord[]> {
  const [rows, tally] = await Promise.all([
    db.member.findMany({ orderBy: { slug: "asc" }, select: memberSelect }),
    memberStatusTallies(),
  ]);
  yield rows.map((row) => ({ ...row, ...tally(row.slug) }));
}
