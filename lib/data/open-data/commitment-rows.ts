import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { commitmentsFrom, updatesShownSql } from "@/lib/data/public/demonstration-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type {
  Addressee,
  ApprovalState,
  CommitmentKind,
  ImplementationStatus,
  MemberKind,
  Pillar,
  RegionalGroup,
  Verification,
} from "@/lib/generated/prisma/enums";

/** What the open data reads of a commitment. Shaped like a Prisma payload (themes[].theme, updates[0] the latest
 * published update, _count.updates), so it is also what the secretariat's export reads. */
export type CommitmentRow = {
  slug: string;
  kind: CommitmentKind;
  addressedTo: Addressee[];
  addresseeDetail: string | null;
  editorialNote: string | null;
  /** The recommendation this pledge takes up (its slug), when it does. */
  adoptedFromSlug: string | null;
  /** Every member, the lead first, then co-members by name (a joint commitment has several). */
  members: { slug: string; name: string }[];
  title: string;
  description: string;
  /** The language the title and description are written in (decision 0020). */
  language: string;
  /** The title and description in other languages, by locale: the secretariat's translations. */
  translations: Record<string, { title: string; description: string }>;
  sourceExcerpt: string | null;
  pillars: Pillar[];
  targetDate: Date | null;
  indicatorName: string | null;
  indicatorBaseline: number | null;
  indicatorTarget: number | null;
  indicatorUnit: string | null;
  approval: ApprovalState;
  discontinuedReason: string | null;
  currentStatus: ImplementationStatus | null;
  currentPercent: number | null;
  lastPublishedAt: Date | null;
  isDemo: boolean;
  member: {
    slug: string;
    name: string;
    kind: MemberKind;
    isoCode: string | null;
    regionalGroup: RegionalGroup | null;
    isDemo: boolean;
  };
  meeting: { slug: string; title: string; startDate: Date };
  themes: { theme: { slug: string; name: string; sortOrder: number } }[];
  milestones: { title: string; dueDate: Date | null; reachedOn: Date | null }[];
  updates: { isDemo: boolean; verification: Verification }[];
  _count: { updates: number };
};

type Raw = Omit<CommitmentRow, "member" | "meeting" | "themes" | "milestones" | "updates" | "_count"> & {
  id: string;
  memberSlug: string;
  memberName: string;
  memberKind: MemberKind;
  memberIsoCode: string | null;
  memberRegionalGroup: RegionalGroup | null;
  memberIsDemo: boolean;
  meetingSlug: string;
  meetingTitle: string;
  meetingStartDate: Date;
  themes: { slug: string; name: string; sortOrder: number }[];
  milestones: { title: string; dueDate: string | null; reachedOn: string | null }[];
  publishedUpdates: number;
  latestVerification: Verification | null;
  latestIsDemo: boolean | null;
};

/**
 * Commitments matching `where` (on the alias `c`; it must keep to approved ones), in one SQL statement with the
 * themes, milestones and latest published update aggregated per row. One statement rather than Prisma's nested
 * reads: a batch of 1,000 rows takes about a seventh of the time, which is what the bulk downloads need.
 */
export async function loadCommitmentRows(
  where: Prisma.Sql,
  orderAndLimit: Prisma.Sql = Prisma.empty,
  /** With `demo: "exclude"`, statuses and updates come from real updates only (demonstration-sql.ts). */
  filters: CommitmentFilters = {},
) {
  const shown = updatesShownSql("u", filters);
  const rows = await db.$queryRaw<Raw[]>`
    SELECT c.id, c.slug, c.kind::text AS kind, c.addressed_to::text[] AS "addressedTo",
      c.addressee_detail AS "addresseeDetail", c.editorial_note AS "editorialNote",
      (SELECT a.slug FROM commitments a WHERE a.id = c.adopted_from_id AND a.approval = 'APPROVED') AS "adoptedFromSlug",
      (SELECT json_agg(json_build_object('slug', jm.slug, 'name', jm.name)
                       ORDER BY cm.role = 'LEAD' DESC, jm.name, jm.slug)
       FROM commitment_members cm JOIN members jm ON jm.id = cm.member_id WHERE cm.commitment_id = c.id) AS members,
      c.title, c.description, c.source_excerpt AS "sourceExcerpt",
      (SELECT s.source_locale FROM commitments s WHERE s.id = c.id) AS language,
      coalesce((
        SELECT json_object_agg(tr.locale, json_build_object('title', tr.title, 'description', tr.description)
                               ORDER BY tr.locale)
        FROM commitment_translations tr WHERE tr.commitment_id = c.id
      ), '{}') AS translations, c.pillars::text[] AS pillars,
      c.target_date AS "targetDate", c.indicator_name AS "indicatorName",
      c.indicator_baseline::float8 AS "indicatorBaseline", c.indicator_target::float8 AS "indicatorTarget",
      c.indicator_unit AS "indicatorUnit", c.approval::text AS approval, c.discontinued_reason AS "discontinuedReason",
      c.current_status::text AS "currentStatus", c.current_percent AS "currentPercent",
      c.last_published_at AS "lastPublishedAt", c.is_demo AS "isDemo",
      m.slug AS "memberSlug", m.name AS "memberName", m.kind::text AS "memberKind", m.iso_code AS "memberIsoCode",
      m.regional_group::text AS "memberRegionalGroup", m.is_demo AS "memberIsDemo",
      mt.slug AS "meetingSlug", mt.title AS "meetingTitle", mt.start_date AS "meetingStartDate",
      coalesce((
        SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name, 'sortOrder', t.sort_order))
        FROM commitment_themes ct JOIN themes t ON t.id = ct.theme_id WHERE ct.commitment_id = c.id
      ), '[]') AS themes,
      coalesce((
        SELECT json_agg(json_build_object('title', ms.title, 'dueDate', ms.due_date, 'reachedOn', ms.reached_on)
                        ORDER BY ms.sort_order, ms.due_date)
        FROM milestones ms WHERE ms.commitment_id = c.id
      ), '[]') AS milestones,
      published.count AS "publishedUpdates", latest.verification AS "latestVerification", latest.is_demo AS "latestIsDemo"
    FROM ${commitmentsFrom(filters)} c
      JOIN members m ON m.id = c.member_id
      JOIN meetings mt ON mt.id = c.meeting_id
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS count FROM progress_updates u
        WHERE u.commitment_id = c.id AND u.review_state = 'PUBLISHED' AND ${shown}
      ) published
      LEFT JOIN LATERAL (
        SELECT u.verification::text AS verification, u.is_demo FROM progress_updates u
        WHERE u.commitment_id = c.id AND u.review_state = 'PUBLISHED' AND ${shown}
        ORDER BY u.published_at DESC, u.created_at DESC LIMIT 1
      ) latest ON true
    WHERE ${where}
    ${orderAndLimit}`;
  return rows.map(toRow);
}

const day = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00Z`));

function toRow(raw: Raw): CommitmentRow & { id: string } {
  const { memberSlug, memberName, memberKind, memberIsoCode, memberRegionalGroup, memberIsDemo } = raw;
  const { meetingSlug, meetingTitle, meetingStartDate, publishedUpdates, latestVerification, latestIsDemo } = raw;
  return {
    id: raw.id,
    slug: raw.slug,
    kind: raw.kind,
    addressedTo: raw.addressedTo ?? [],
    addresseeDetail: raw.addresseeDetail,
    editorialNote: raw.editorialNote,
    adoptedFromSlug: raw.adoptedFromSlug,
    members: raw.members,
    title: raw.title,
    description: raw.description,
    language: raw.language,
    translations: raw.translations,
    sourceExcerpt: raw.sourceExcerpt,
    pillars: raw.pillars,
    targetDate: raw.targetDate,
    indicatorName: raw.indicatorName,
    indicatorBaseline: raw.indicatorBaseline,
    indicatorTarget: raw.indicatorTarget,
    indicatorUnit: raw.indicatorUnit,
    approval: raw.approval,
    discontinuedReason: raw.discontinuedReason,
    currentStatus: raw.currentStatus,
    currentPercent: raw.currentPercent,
    lastPublishedAt: raw.lastPublishedAt,
    isDemo: raw.isDemo,
    member: {
      slug: memberSlug,
      name: memberName,
      kind: memberKind,
      isoCode: memberIsoCode,
      regionalGroup: memberRegionalGroup,
      isDemo: memberIsDemo,
    },
    meeting: { slug: meetingSlug, title: meetingTitle, startDate: meetingStartDate },
    themes: raw.themes.map((theme) => ({ theme })),
    milestones: raw.milestones.map((m) => ({ title: m.title, dueDate: day(m.dueDate), reachedOn: day(m.reachedOn) })),
    updates: latestVerification ? [{ verification: latestVerification, isDemo: latestIsDemo ?? false }] : [],
    _count: { updates: publishedUpdates },
  };
}
