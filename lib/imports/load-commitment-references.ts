// The register as the commitments planner needs it: which member, theme and meeting slugs exist, and the named
// commitments' current values. Inside the confirmation's transaction the named commitments are locked first, so
// nobody changes them between the plan and the writes.
import "server-only";
import type { Db, Tx } from "@/lib/db";
import { isoDay } from "@/lib/domain/iso-day";
import { code } from "@/lib/open-data/codes";
import { ADDRESSEE_ORDER, bySlug, inOrder, membersList, PILLAR_ORDER } from "./commitment-values";
import type { CommitmentReferences, ExistingCommitment } from "./plan-commitments";

export async function loadCommitmentReferences(
  client: Db | Tx,
  slugs: string[],
  { lock = false } = {},
): Promise<CommitmentReferences> {
  if (lock && slugs.length > 0) {
    await client.$queryRaw`SELECT id FROM commitments WHERE slug = ANY(${slugs}::text[]) ORDER BY id FOR UPDATE`;
  }
  const [members, themes, meetings, commitments] = await Promise.all([
    client.member.findMany({ select: { slug: true } }),
    client.theme.findMany({ select: { slug: true } }),
    client.meeting.findMany({ select: { slug: true } }),
    client.commitment.findMany({
      where: { slug: { in: slugs } },
      select: {
        id: true,
        slug: true,
        version: true,
        title: true,
        description: true,
        kind: true,
        addressedTo: true,
        addresseeDetail: true,
        sourceExcerpt: true,
        editorialNote: true,
        pillars: true,
        targetDate: true,
        indicatorName: true,
        indicatorBaseline: true,
        indicatorTarget: true,
        indicatorUnit: true,
        member: { select: { slug: true } },
        meeting: { select: { slug: true } },
        members: { select: { member: { select: { slug: true } } } },
        themes: { select: { theme: { select: { slug: true } } } },
        adoptedFrom: { select: { slug: true } },
        _count: { select: { updates: true, adoptions: true } },
      },
    }),
  ]);
  const existing = new Map<string, ExistingCommitment>(
    commitments.map((row) => [
      row.slug,
      {
        id: row.id,
        version: row.version,
        kindLocked: row._count.updates > 0 || row._count.adoptions > 0,
        values: {
          commitment_title: row.title,
          member_slug: row.member.slug,
          member_slugs: membersList(
            row.member.slug,
            row.members.map((m) => m.member.slug),
          ),
          meeting_slug: row.meeting.slug,
          description: row.description,
          source_excerpt: row.sourceExcerpt,
          commitment_kind: code(row.kind),
          addressed_to: inOrder(row.addressedTo.map(code), ADDRESSEE_ORDER),
          addressee_detail: row.addresseeDetail,
          theme_slugs: bySlug(row.themes.map((t) => t.theme.slug)),
          pillars: inOrder(row.pillars.map(code), PILLAR_ORDER),
          target_date: row.targetDate ? isoDay(row.targetDate) : null,
          indicator_name: row.indicatorName,
          indicator_baseline: row.indicatorBaseline === null ? null : String(Number(row.indicatorBaseline)),
          indicator_target: row.indicatorTarget === null ? null : String(Number(row.indicatorTarget)),
          indicator_unit: row.indicatorUnit,
          editorial_note: row.editorialNote,
          adopted_from_slug: row.adoptedFrom?.slug ?? null,
        },
      },
    ]),
  );
  return {
    members: new Set(members.map((m) => m.slug)),
    themes: new Set(themes.map((t) => t.slug)),
    meetings: new Set(meetings.map((m) => m.slug)),
    commitments: existing,
  };
}
