import "server-only";
import { db } from "@/lib/db";
import type { MemberKind, RegionalGroup } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedPublicRead } from "./cache";
import { demoCommitmentFigureSql } from "./demonstration-sql";

const MEMBERS_PAGE_SIZE = 100;

export type MemberSummary = {
  slug: string;
  name: string;
  kind: MemberKind;
  isoCode: string | null;
  regionalGroup: RegionalGroup | null;
  isDemo: boolean;
  /** Approved commitments only. */
  commitments: number;
  completed: number;
  notReported: number;
  lastPublishedAt: Date | null;
  /** A commitment counted, or the update its status comes from, is demonstration data (decision 0013). */
  includesDemonstrationData: boolean;
};

export type MemberList = { items: MemberSummary[]; total: number; page: number; pageCount: number };

/**
 * Every member (with or without commitments), by name, a page at a time, with the counts of its approved
 * commitments, joint ones included. Only the page's members are aggregated, through commitment_members' member index.
 */
export const listMembers = cachedPublicRead(
  "list-members",
  async ({ page, kind }: { page: number; kind?: MemberKind }): Promise<MemberList> => {
    const where = kind ? Prisma.sql`m.kind = ${kind}::"MemberKind"` : Prisma.sql`TRUE`;
    const [counted] = await db.$queryRaw<
      { total: number }[]
    >`SELECT count(*)::int AS total FROM members m WHERE ${where}`;
    const total = counted?.total ?? 0;
    const pageCount = Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE));
    const shown = Math.min(Math.max(1, page), pageCount);
    const items = await db.$queryRaw<MemberSummary[]>`
      WITH shown AS (
        SELECT m.id, m.slug, m.name, m.kind, m.iso_code, m.regional_group, m.is_demo
        FROM members m WHERE ${where}
        ORDER BY m.name, m.id
        LIMIT ${MEMBERS_PAGE_SIZE} OFFSET ${(shown - 1) * MEMBERS_PAGE_SIZE}
      )
      SELECT s.slug, s.name, s.kind, s.iso_code AS "isoCode", s.regional_group AS "regionalGroup",
             s.is_demo AS "isDemo", a.commitments, a.completed, a.not_reported AS "notReported",
             a.last_published_at AS "lastPublishedAt", a.demo AS "includesDemonstrationData"
      FROM shown s
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS commitments,
               count(*) FILTER (WHERE c.current_status = 'COMPLETED')::int AS completed,
               count(*) FILTER (WHERE c.kind = 'PLEDGE' AND c.current_status IS NULL)::int AS not_reported,
               max(c.last_published_at) AS last_published_at,
               coalesce(bool_or(${demoCommitmentFigureSql({})}), false) AS demo
        FROM commitment_members cm JOIN commitments c ON c.id = cm.commitment_id
        WHERE cm.member_id = s.id AND c.approval = 'APPROVED'
      ) a
      ORDER BY s.name, s.id`;
    return { items, total, page: shown, pageCount };
  },
);
