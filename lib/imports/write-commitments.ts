// The writes of a confirmed commitments import, inside the confirmation's transaction: new commitments in batches
// (with ids made here, so their members, themes and audit rows go in the same batches), then each changed one,
// version-checked, then adoptions (a pledge may adopt a recommendation created by the same file). One audit row per
// record written. `progress` is told how many rows are done after each batch.
import "server-only";
import { randomUUID } from "node:crypto";
import { writeAudits, type Actor, type AuditEntry } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { dayStart } from "@/lib/domain/iso-day";
import { fromCode } from "@/lib/open-data/codes";
import type { Addressee, CommitmentKind, Pillar } from "@/lib/generated/prisma/enums";
import type { CommitmentValues } from "./commitment-values";
import type { CommitmentWrite } from "./plan-commitments";

const BATCH = 500;

export class ChangedSincePreview extends Error {
  constructor() {
    super("The register changed since the preview.");
  }
}

type Ids = { members: Map<string, string>; themes: Map<string, string>; meetings: Map<string, string> };

export async function writeCommitments(
  tx: Tx,
  actor: Actor,
  writes: readonly CommitmentWrite[],
  progress: (done: number) => Promise<void>,
): Promise<{ created: number; changed: number }> {
  const ids = await idsOf(tx);
  const commitmentIds = new Map(writes.map((w) => [w.slug, w.existing?.id ?? randomUUID()]));
  const creates = writes.filter((w) => !w.existing);
  const changes = writes.filter((w) => w.existing);
  let done = 0;

  for (let start = 0; start < creates.length; start += BATCH) {
    const batch = creates.slice(start, start + BATCH);
    await tx.commitment.createMany({
      data: batch.map((w) => ({ id: commitmentIds.get(w.slug)!, slug: w.slug, ...columnsOf(w.values, ids) })),
    });
    await tx.commitmentMember.createMany({
      data: batch.flatMap((w) => coMembers(w.values, ids, commitmentIds.get(w.slug)!)),
    });
    await tx.commitmentTheme.createMany({
      data: batch.flatMap((w) => themesOf(w.values, ids, commitmentIds.get(w.slug)!)),
    });
    await writeAudits(
      tx,
      actor,
      batch.map((w) => audit("commitment.import.create", commitmentIds.get(w.slug)!, w, ids, null)),
    );
    // The tables' triggers look commitments up by id with plans cached while the table was small (sequential
    // scans); fresh statistics make PostgreSQL plan them again, so a 10,000-row import stays linear.
    await tx.$executeRaw`ANALYZE commitments, commitment_members, commitment_themes`;
    done += batch.length;
    await progress(done);
  }

  const audits: AuditEntry[] = [];
  for (const w of changes) {
    const existing = w.existing!;
    const { count } = await tx.commitment.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...columnsOf(w.values, ids), adoptedFromId: null, version: { increment: 1 } },
    });
    if (count === 0) throw new ChangedSincePreview();
    if (w.changed.includes("member_slugs") || w.changed.includes("member_slug")) {
      await tx.commitmentMember.deleteMany({ where: { commitmentId: existing.id, role: "CO_MEMBER" } });
      await tx.commitmentMember.createMany({ data: coMembers(w.values, ids, existing.id) });
    }
    if (w.changed.includes("theme_slugs")) {
      await tx.commitmentTheme.deleteMany({ where: { commitmentId: existing.id } });
      await tx.commitmentTheme.createMany({ data: themesOf(w.values, ids, existing.id) });
    }
    audits.push(audit("commitment.import.update", existing.id, w, ids, existing.values));
    if (++done % BATCH === 0) await progress(done);
  }
  await writeAudits(tx, actor, audits);

  // Adoptions last: the recommendation a pledge adopts may be a row of this file.
  for (const w of writes) {
    const adopted = w.values.adopted_from_slug as string | null;
    if (!adopted) continue;
    const adoptedId =
      commitmentIds.get(adopted) ??
      (await tx.commitment.findUniqueOrThrow({ where: { slug: adopted }, select: { id: true } })).id;
    await tx.commitment.update({ where: { id: commitmentIds.get(w.slug)! }, data: { adoptedFromId: adoptedId } });
  }
  await progress(writes.length);
  return { created: creates.length, changed: changes.length };
}

async function idsOf(tx: Tx): Promise<Ids> {
  const [members, themes, meetings] = await Promise.all([
    tx.member.findMany({ select: { id: true, slug: true } }),
    tx.theme.findMany({ select: { id: true, slug: true } }),
    tx.meeting.findMany({ select: { id: true, slug: true } }),
  ]);
  const byslug = (rows: { id: string; slug: string }[]) => new Map(rows.map((row) => [row.slug, row.id]));
  return { members: byslug(members), themes: byslug(themes), meetings: byslug(meetings) };
}

const textOf = (value: CommitmentValues[keyof CommitmentValues]) => (typeof value === "string" ? value : null);
const listOf = (value: CommitmentValues[keyof CommitmentValues]) => (Array.isArray(value) ? value : []);

/** The commitments row, less its id, slug and adoption. */
function columnsOf(values: CommitmentValues, ids: Ids) {
  const target = textOf(values.target_date);
  return {
    title: textOf(values.commitment_title)!,
    description: textOf(values.description)!,
    memberId: ids.members.get(textOf(values.member_slug)!)!,
    meetingId: ids.meetings.get(textOf(values.meeting_slug)!)!,
    kind: fromCode(textOf(values.commitment_kind)!) as CommitmentKind,
    addressedTo: listOf(values.addressed_to).map((item) => fromCode(item) as Addressee),
    addresseeDetail: textOf(values.addressee_detail),
    sourceExcerpt: textOf(values.source_excerpt),
    editorialNote: textOf(values.editorial_note),
    pillars: listOf(values.pillars).map((item) => fromCode(item) as Pillar),
    targetDate: target ? dayStart(target) : null,
    indicatorName: textOf(values.indicator_name),
    indicatorBaseline: textOf(values.indicator_baseline),
    indicatorTarget: textOf(values.indicator_target),
    indicatorUnit: textOf(values.indicator_unit),
  };
}

function coMembers(values: CommitmentValues, ids: Ids, commitmentId: string) {
  return listOf(values.member_slugs)
    .slice(1)
    .map((slug) => ({ commitmentId, memberId: ids.members.get(slug)!, role: "CO_MEMBER" as const }));
}

function themesOf(values: CommitmentValues, ids: Ids, commitmentId: string) {
  return listOf(values.theme_slugs).map((slug) => ({ commitmentId, themeId: ids.themes.get(slug)! }));
}

function audit(action: string, id: string, w: CommitmentWrite, ids: Ids, before: CommitmentValues | null): AuditEntry {
  const pick = (values: CommitmentValues) =>
    Object.fromEntries(w.changed.map((column) => [column, values[column as keyof CommitmentValues]]));
  return {
    action,
    entityType: "commitment",
    entityId: id,
    memberId: ids.members.get(textOf(w.values.member_slug)!) ?? null,
    before: before ? { slug: w.slug, ...pick(before) } : null,
    after: { slug: w.slug, line: w.line, ...pick(w.values) },
  };
}
