import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { inIdOrder } from "./page-window";
import type { BarrierKind, ImplementationStatus, Verification } from "@/lib/generated/prisma/enums";

/** What the open data reads of a published update: never its author, reviewer or review comment. */
export type UpdateRow = {
  id: string;
  status: ImplementationStatus;
  percentComplete: number | null;
  /** Empty once the secretariat redacted it; `narrativeRedactedAt` then says when (decision 0023). */
  narrative: string;
  narrativeRedactedAt: Date | null;
  /** When the latest of its redacted evidence links was redacted. */
  linksRedactedAt: Date | null;
  verification: Verification;
  publishedAt: Date;
  isDemo: boolean;
  cycle: { name: string } | null;
  commitment: { slug: string; title: string; isDemo: boolean; member: { slug: string; name: string; isDemo: boolean } };
  evidence: { url: string; label: string | null }[];
  barriers: { kind: BarrierKind; detail: string | null }[];
  /** Titles of the milestones reported as reached, in the commitment's milestone order. */
  milestonesReached: string[];
};

type Raw = Omit<UpdateRow, "cycle" | "commitment"> & {
  cycleName: string | null;
  commitmentSlug: string;
  commitmentTitle: string;
  commitmentIsDemo: boolean;
  memberSlug: string;
  memberName: string;
  memberIsDemo: boolean;
};

/** Published updates on approved commitments matching `where` (on the aliases `u` and `c`), in one SQL statement
 * with their evidence, barriers and milestones aggregated per row. */
export async function loadUpdateRows(
  where: Prisma.Sql,
  orderAndLimit: Prisma.Sql = Prisma.empty,
): Promise<UpdateRow[]> {
  const rows = await db.$queryRaw<Raw[]>`
    SELECT u.id, u.status::text AS status, u.percent_complete AS "percentComplete", u.narrative,
      u.narrative_redacted_at AS "narrativeRedactedAt",
      (SELECT max(r.redacted_at) FROM redacted_evidence_links r WHERE r.update_id = u.id) AS "linksRedactedAt",
      u.verification::text AS verification, u.published_at AS "publishedAt", u.is_demo AS "isDemo",
      rc.name AS "cycleName", c.slug AS "commitmentSlug", c.title AS "commitmentTitle", c.is_demo AS "commitmentIsDemo",
      m.slug AS "memberSlug", m.name AS "memberName", m.is_demo AS "memberIsDemo",
      coalesce((SELECT json_agg(json_build_object('url', e.url, 'label', e.label) ORDER BY e.url)
                FROM evidence_links e WHERE e.update_id = u.id), '[]') AS evidence,
      coalesce((SELECT json_agg(json_build_object('kind', b.kind, 'detail', b.detail) ORDER BY b.kind, b.detail)
                FROM update_barriers b WHERE b.update_id = u.id), '[]') AS barriers,
      coalesce((SELECT json_agg(ms.title ORDER BY ms.sort_order, ms.title)
                FROM update_milestones um JOIN milestones ms ON ms.id = um.milestone_id
                WHERE um.update_id = u.id), '[]') AS "milestonesReached"
    FROM progress_updates u
      JOIN commitments c ON c.id = u.commitment_id
      JOIN members m ON m.id = c.member_id
      LEFT JOIN reporting_cycles rc ON rc.id = u.cycle_id
    WHERE u.review_state = 'PUBLISHED' AND u.published_at IS NOT NULL AND c.approval = 'APPROVED' AND ${where}
    ${orderAndLimit}`;
  return rows.map(({ cycleName, commitmentSlug, commitmentTitle, commitmentIsDemo, ...rest }) => {
    const { memberSlug, memberName, memberIsDemo, ...row } = rest;
    return {
      ...row,
      cycle: cycleName === null ? null : { name: cycleName },
      commitment: {
        slug: commitmentSlug,
        title: commitmentTitle,
        isDemo: commitmentIsDemo,
        member: { slug: memberSlug, name: memberName, isDemo: memberIsDemo },
      },
    };
  });
}

/** The updates with these ids, in this order. */
export async function loadUpdateRowsById(ids: readonly string[]): Promise<UpdateRow[]> {
  if (ids.length === 0) return [];
  const rows = await loadUpdateRows(Prisma.sql`u.id = ANY(${ids}::uuid[])`);
  return inIdOrder(ids, rows);
}
