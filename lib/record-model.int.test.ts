// The record model's database rules (docs/decisions/0012-record-model.md): existing data migrates to pledges led by
// their member, the lead row follows commitments.member_id, and the guards hold whatever code writes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { migrationSql, withOwnDatabase } from "@/lib/testing/own-database";
import { createCommitment, createMember, createPublishedUpdate } from "@/prisma/seed/factories";

const RECORD_MODEL = "20261205000000_record_model";

describe("the record-model migration", () => {
  it("turns every existing commitment into a pledge led by its member, keeping its updates", async () => {
    await withOwnDatabase(async ({ client }) => {
      await client.query(`
        INSERT INTO members (id, slug, name, kind, updated_at) VALUES
          ('00000000-0000-4000-8000-000000000001', 'old-ngo', 'Old NGO', 'CIVIL_SOCIETY', now()),
          ('00000000-0000-4000-8000-000000000002', 'old-agency', 'Old Agency', 'UN_ENTITY', now());
        INSERT INTO meetings (id, slug, title, kind, city, country, start_date, end_date) VALUES
          ('00000000-0000-4000-8000-0000000000a1', 'old-meeting', 'Old meeting', 'OTHER', 'C', 'C', '2018-04-09', '2018-04-10');
        INSERT INTO commitments (id, slug, member_id, meeting_id, title, description, updated_at, current_status,
                                 last_published_at) VALUES
          ('00000000-0000-4000-8000-0000000000c1', 'old-one', '00000000-0000-4000-8000-000000000001',
           '00000000-0000-4000-8000-0000000000a1', 'Old one', 'D', now(), 'IN_PROGRESS', now()),
          ('00000000-0000-4000-8000-0000000000c2', 'old-two', '00000000-0000-4000-8000-000000000002',
           '00000000-0000-4000-8000-0000000000a1', 'Old two', 'D', now(), NULL, NULL);
        INSERT INTO progress_updates (id, commitment_id, status, narrative, review_state, published_at, updated_at)
          VALUES ('00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000c1', 'IN_PROGRESS',
                  'Old narrative', 'PUBLISHED', now(), now());
      `);

      await client.query(migrationSql(RECORD_MODEL));

      const commitments = await client.query<{ slug: string; kind: string; members: string[] }>(`
        SELECT c.slug, c.kind,
               array(SELECT m.slug || ':' || cm.role FROM commitment_members cm JOIN members m ON m.id = cm.member_id
                     WHERE cm.commitment_id = c.id AND cm.member_id = c.member_id) AS members
        FROM commitments c ORDER BY c.slug`);
      expect(commitments.rows).toEqual([
        { slug: "old-one", kind: "PLEDGE", members: ["old-ngo:LEAD"] },
        { slug: "old-two", kind: "PLEDGE", members: ["old-agency:LEAD"] },
      ]);
      const updates = await client.query(`SELECT narrative, entered_by_secretariat FROM progress_updates`);
      expect(updates.rows).toEqual([{ narrative: "Old narrative", entered_by_secretariat: false }]);
    }, RECORD_MODEL);
  });
});

describe("the record model's guards", () => {
  it("keeps the lead row on commitments.member_id when a commitment is created or reassigned", async () => {
    const [lead, coMember, newLead] = await Promise.all([createMember(db), createMember(db), createMember(db)]);
    const commitment = await createCommitment(db, lead.id, { coMemberIds: [coMember.id] });
    const membersOf = () =>
      db.commitmentMember.findMany({
        where: { commitmentId: commitment.id },
        select: { memberId: true, role: true },
        orderBy: { role: "asc" },
      });
    expect(await membersOf()).toEqual([
      { memberId: lead.id, role: "LEAD" },
      { memberId: coMember.id, role: "CO_MEMBER" },
    ]);

    await db.commitment.update({ where: { id: commitment.id }, data: { memberId: newLead.id } });
    expect(await membersOf()).toEqual([
      { memberId: newLead.id, role: "LEAD" },
      { memberId: coMember.id, role: "CO_MEMBER" },
    ]);
    await expect(
      db.commitmentMember.update({
        where: { commitmentId_memberId: { commitmentId: commitment.id, memberId: coMember.id } },
        data: { role: "LEAD" },
      }),
    ).rejects.toThrow(/lead of a commitment is its member/);
    await expect(
      db.commitmentMember.delete({
        where: { commitmentId_memberId: { commitmentId: commitment.id, memberId: newLead.id } },
      }),
    ).rejects.toThrow(/keeps its lead/);
  });

  it("refuses a recommendation without an addressee, and progress updates on anything but a pledge", async () => {
    const member = await createMember(db);
    await expect(createCommitment(db, member.id, { kind: "RECOMMENDATION", addressedTo: [] })).rejects.toThrow(
      /commitments_recommendation_has_addressee/,
    );
    const recommendation = await createCommitment(db, member.id, { kind: "RECOMMENDATION" });
    const practice = await createCommitment(db, member.id, { kind: "PRACTICE" });
    for (const commitment of [recommendation, practice]) {
      await expect(createPublishedUpdate(db, commitment.id)).rejects.toThrow(/reported on pledges only/);
    }
    const pledge = await createCommitment(db, member.id);
    await createPublishedUpdate(db, pledge.id);
    await expect(db.commitment.update({ where: { id: pledge.id }, data: { kind: "PRACTICE" } })).rejects.toThrow(
      /Only a pledge has progress updates/,
    );
  });

  it("lets only a pledge adopt, and only a recommendation be adopted", async () => {
    const member = await createMember(db);
    const recommendation = await createCommitment(db, member.id, { kind: "RECOMMENDATION" });
    const practice = await createCommitment(db, member.id, { kind: "PRACTICE" });
    const adopting = await createCommitment(db, member.id, { adoptedFromId: recommendation.id });
    expect(adopting.adoptedFromId).toBe(recommendation.id);
    await expect(createCommitment(db, member.id, { adoptedFromId: practice.id })).rejects.toThrow(
      /only adopt a recommendation/,
    );
    await expect(
      createCommitment(db, member.id, { kind: "PRACTICE", adoptedFromId: recommendation.id }),
    ).rejects.toThrow(/commitments_only_pledges_adopt/);
    await expect(
      db.commitment.update({ where: { id: recommendation.id }, data: { kind: "PRACTICE" } }),
    ).rejects.toThrow(/stays a recommendation/);
  });
});
